#!/usr/bin/env node
import { launch } from "../dist/src/launch.js";
launch();

#!/usr/bin/env node
// Writes the precompiled claim validator (dist/src/claim-validator.generated.cjs)
// so that `claims` need not load Ajv and compile the schema on every run.
// Run after `tsc`: it uses the compiled dist/src/validate.js, which owns the
// Ajv options and the schema hash, so the two validators cannot drift apart.
import { writeFileSync } from "node:fs";

const { standaloneValidatorSource, precompiledValidatorPath } = await import("../dist/src/validate.js");
const out = precompiledValidatorPath();
writeFileSync(out, standaloneValidatorSource());
console.error(`build-validator: wrote ${out}`);

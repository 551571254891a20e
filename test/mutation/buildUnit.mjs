#!/usr/bin/env node
// Stryker's build step: bundle the unit suites (with the mutated sources) into out/test/unit.
import { buildTests } from '../host/buildTests.mjs';

await buildTests('test/unit');

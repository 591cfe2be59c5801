#!/usr/bin/env node
// `columns` on the PATH (npm link / global install): the built CLI (`npm run build` first).
import "../out/main/cli.js";

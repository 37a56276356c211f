#!/usr/bin/env node
import { runCli } from '../lib/cli/run.js';

process.exitCode = await runCli(process.argv);

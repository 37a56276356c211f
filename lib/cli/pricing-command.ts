/**
 * `cdk-cost pricing …`: build the bundled snapshot from AWS data, refresh it from the AWS Price List
 * API, show what the PriceBook knows.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { CliIo } from './run.js';
import type { SetExitCode } from './commands.js';
import { bundledSnapshotDir, packageRoot } from '../package-root.js';
import { registerPricingRefresh } from './pricing-refresh.js';
import { registerPricingShow } from './pricing-show.js';

export function registerPricing(program: Command, io: CliIo, _setExitCode: SetExitCode): void {
  const pricing = program.command('pricing').description('The price data: build the bundled snapshot, refresh it from AWS, show prices.');
  pricing
    .command('build')
    .description('Build the price snapshot from the AWS price data folder (metered-unit maps, EC2 on-demand, reshaped files).')
    .option('--from <dir>', 'the aws-pricing data folder', '../shared/aws-pricing')
    .option('--out <dir>', 'snapshot directory to (re)write', bundledSnapshotDir())
    .action(async (options: { from: string; out: string }) => {
      const { buildSnapshot } = await import('../pricing/build/build-snapshot.js');
      const { PRICE_KEYS_FILE, priceKeysSource } = await import('../pricing/build/price-keys-source.js');
      const result = buildSnapshot(resolve(options.from), resolve(options.out));
      io.stdout(
        `Wrote ${result.prices} prices for ${result.services} services in ${result.regions} regions to ${options.out} ` +
          `(${result.files} files, ${(result.bytes / 1024 / 1024).toFixed(1)} MiB).\n`,
      );
      for (const problem of result.problems) io.stderr(`note: ${problem}\n`);
      // The price-key types are generated from the bundled snapshot only, in a source checkout (not an installed package).
      const keysFile = join(packageRoot(), PRICE_KEYS_FILE);
      if (resolve(options.out) === bundledSnapshotDir() && existsSync(dirname(keysFile))) {
        writeFileSync(keysFile, priceKeysSource(bundledSnapshotDir()));
        io.stdout(`Wrote the price-key types to ${PRICE_KEYS_FILE}.\n`);
      }
    });
  registerPricingRefresh(pricing, io);
  registerPricingShow(pricing, io);
}

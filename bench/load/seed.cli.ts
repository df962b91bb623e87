import 'reflect-metadata';
import { createScratchDatabase } from './scratch-database.js';
import { migrate, postgresTarget, seedCases, seedClinicians } from './seed.js';

/**
 * `npm run bench:seed -- CASES [CLINICIANS]`: a seeded scratch database on the DATABASE_URL server,
 * kept for investigation (EXPLAIN, psql, a manual `npm start` against it). Prints its URL on stdout;
 * drop it with `dropdb NAME` (or SEED_DROP=1 to drop it at the end, for timing the seeder alone).
 */
const cases = Number(process.argv[2] ?? 10_000);
const clinicians = Number(process.argv[3] ?? 5000);
const db = await createScratchDatabase('seed');
const started = Date.now();
try {
  await migrate(db.url);
  const target = postgresTarget(db.url);
  let counts;
  try {
    await seedClinicians(target, clinicians);
    counts = await seedCases(target, clinicians, 0, cases);
  } finally {
    await target.end();
  }
  process.stderr.write(
    `seeded ${clinicians} clinicians, ${counts.cases} cases, ${counts.replies} replies, ${counts.consults} consults, ` +
      `${counts.notifications} notifications in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  process.stdout.write(`${db.url}\n`);
} finally {
  if (process.env.SEED_DROP === '1') await db.drop();
}

/**
 * `WORKBENCH_FAKE_NOW=2028-02-29T12:00:00Z npx vitest run` runs the unit, db and renderer layers as if
 * the machine's clock said that instant: `new Date()` and `Date.now()` start there and keep ticking at
 * the real rate (timers are untouched). `.ci/run` uses it to prove the suite does not depend on the
 * day it runs. Loaded as a vitest setup file for every project; does nothing when the variable is unset.
 */
const fakeNow = process.env.WORKBENCH_FAKE_NOW;

if (fakeNow) {
  const target = Date.parse(fakeNow);
  if (Number.isNaN(target)) throw new Error(`WORKBENCH_FAKE_NOW is not a date: ${fakeNow}`);
  const RealDate = globalThis.Date;
  const offset = target - RealDate.now();
  class ShiftedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as [string | number | Date]));
    }
    static override now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate as DateConstructor;
}

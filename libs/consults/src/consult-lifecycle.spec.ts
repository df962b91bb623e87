import { ErrorCode } from '@curbside/core';
import { ConsultStatus } from './consult.entity.js';
import {
  CONSULT_LIFECYCLE,
  ConsultTransition,
  WAITING,
  allows,
  fromStates,
  nextStatus,
} from './consult-lifecycle.js';

const { OPEN, CLAIMED, ANSWERED, RESOLVED, EXPIRED, CANCELLED } = ConsultStatus;

/** The whole machine written out by hand: [transition, from, to or null when refused]. */
const EXPECTED: Record<ConsultTransition, Partial<Record<ConsultStatus, ConsultStatus>>> = {
  [ConsultTransition.CLAIM]: { [OPEN]: CLAIMED },
  [ConsultTransition.ANSWER]: { [OPEN]: ANSWERED, [CLAIMED]: ANSWERED },
  [ConsultTransition.RESOLVE]: { [ANSWERED]: RESOLVED },
  [ConsultTransition.WITHDRAW]: { [OPEN]: CANCELLED, [CLAIMED]: CANCELLED },
  [ConsultTransition.CASE_CLOSED]: { [OPEN]: CANCELLED, [CLAIMED]: CANCELLED },
  [ConsultTransition.ESCALATE]: { [OPEN]: OPEN },
  [ConsultTransition.EXPIRE]: { [OPEN]: EXPIRED },
  [ConsultTransition.RETURN]: { [CLAIMED]: OPEN },
};

const cells = Object.values(ConsultTransition).flatMap((transition) =>
  Object.values(ConsultStatus).map((from) => ({
    transition,
    from,
    to: EXPECTED[transition][from] ?? null,
  })),
);

describe('consult lifecycle', () => {
  it.each(cells.filter((c) => c.to !== null))(
    'should move a $from consult to $to on $transition',
    ({ transition, from, to }) => {
      expect(allows(from, transition)).toBe(true);
      expect(nextStatus(from, transition)).toBe(to);
    },
  );

  it.each(cells.filter((c) => c.to === null))(
    'should refuse $transition from $from with CONFLICT naming the state only',
    ({ transition, from }) => {
      expect(allows(from, transition)).toBe(false);
      try {
        nextStatus(from, transition);
        throw new Error('not refused');
      } catch (error) {
        expect(error).toMatchObject({
          code: ErrorCode.CONFLICT,
          message: `This consult is ${from.toLowerCase()}`,
        });
      }
    },
  );

  it('should leave no state but the waiting ones able to move, and none out of a closed state', () => {
    const movable = new Set(Object.values(CONSULT_LIFECYCLE).flatMap((rule) => rule.from));
    expect([...movable].sort()).toEqual([...WAITING, ANSWERED].sort());
    for (const closed of [RESOLVED, EXPIRED, CANCELLED])
      for (const transition of Object.values(ConsultTransition))
        expect(allows(closed, transition)).toBe(false);
  });

  it('should give the sweeps the states they select from', () => {
    expect(fromStates(ConsultTransition.RETURN)).toEqual([CLAIMED]);
    expect(fromStates(ConsultTransition.EXPIRE)).toEqual([OPEN]);
  });
});

import { RequestTurns } from './request-turns.js';

/** A stand-in for setImmediate: turns run only when the test says so. */
class ManualLoop {
  private readonly pending: (() => void)[] = [];

  defer = (turn: () => void): void => {
    this.pending.push(turn);
  };

  /** Runs the turns that were queued before this call (as one check phase of the event loop does). */
  runTurn(): void {
    for (const turn of this.pending.splice(0)) turn();
  }
}

describe(RequestTurns.name, () => {
  it('should start nothing in the turn that queued it', () => {
    const loop = new ManualLoop();
    const turns = new RequestTurns(loop.defer);
    const started: string[] = [];
    turns.enqueue('10.0.0.1', () => started.push('a'));

    expect(started).toEqual([]);
    loop.runTurn();
    expect(started).toEqual(['a']);
  });

  it('should start one handler per turn, so that I/O is read between any two', () => {
    const loop = new ManualLoop();
    const turns = new RequestTurns(loop.defer);
    const started: number[] = [];
    for (let i = 0; i < 5; i++) turns.enqueue('10.0.0.1', () => started.push(i));

    loop.runTurn();
    expect(started).toEqual([0]);
    loop.runTurn();
    expect(started).toEqual([0, 1]);
    loop.runTurn();
    loop.runTurn();
    loop.runTurn();
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(turns.size).toBe(0);
  });

  it("should take addresses in turn, so a burst from one waits behind itself and not in front of another's request", () => {
    const loop = new ManualLoop();
    const turns = new RequestTurns(loop.defer);
    const started: string[] = [];
    for (let i = 0; i < 4; i++) turns.enqueue('flood', () => started.push(`flood${i}`));
    turns.enqueue('other', () => started.push('other'));

    loop.runTurn();
    loop.runTurn();
    expect(started).toEqual(['flood0', 'other']);
    for (let i = 0; i < 3; i++) loop.runTurn();
    expect(started).toEqual(['flood0', 'other', 'flood1', 'flood2', 'flood3']);
  });

  it('should keep each address in arrival order', () => {
    const loop = new ManualLoop();
    const turns = new RequestTurns(loop.defer);
    const started: string[] = [];
    turns.enqueue('a', () => started.push('a1'));
    turns.enqueue('b', () => started.push('b1'));
    turns.enqueue('a', () => started.push('a2'));
    turns.enqueue('b', () => started.push('b2'));
    for (let i = 0; i < 4; i++) loop.runTurn();

    expect(started).toEqual(['a1', 'b1', 'a2', 'b2']);
  });

  it('should yield to the real event loop between handlers', async () => {
    const turns = new RequestTurns();
    const order: string[] = [];
    turns.enqueue('a', () => order.push('handler 1'));
    turns.enqueue('a', () => order.push('handler 2'));
    // an I/O-like callback queued now runs before the second handler's turn
    await new Promise<void>((resolve) =>
      setImmediate(() => {
        order.push('between');
        resolve();
      }),
    );
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));

    expect(order).toEqual(['handler 1', 'between', 'handler 2']);
  });
});

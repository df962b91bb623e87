// PostGraphile 5.1.5 (grafast, grafserv, @dataplan/pg) declares engines node >= 22 and calls
// Promise.withResolvers (Node 22; ES2024), which Node 20 lacks: without it every query that reaches
// PostgreSQL fails ("Cannot read properties of undefined (reading 'items')") although the server
// starts. This is the spec's definition; it is installed only when missing, so on Node 22 it does
// nothing. (Checked in bench/peer/node_modules: no other Node 22-only API is called.)
if (typeof Promise.withResolvers !== 'function') {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value: function withResolvers() {
      let resolve;
      let reject;
      const promise = new this((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

export { Public } from './access.decorators.js';

export { AnonymizerModule } from './anonymizer.module.js';

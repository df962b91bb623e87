import { Global, Module } from '@nestjs/common';
import { Anonymizer } from '../anonymizer.js';
import { DeidentificationResolver } from './deidentification.resolver.js';

/**
 * The thin Nest face of the anonymizer: one shared {@link Anonymizer} to inject, and the preview
 * query. Kept out of the library's main index so the engine stays framework-free.
 */
@Global()
@Module({
  providers: [{ provide: Anonymizer, useFactory: () => new Anonymizer() }, DeidentificationResolver],
  exports: [Anonymizer],
})
export class AnonymizerModule {}

import { Global, Module } from '@nestjs/common';
import { Anonymizer } from '../anonymizer.js';

/**
 * The thin Nest face of the anonymizer: one shared, configured {@link Anonymizer} to inject.
 * Kept out of the library's main index so the engine stays framework-free.
 */
@Global()
@Module({ providers: [{ provide: Anonymizer, useFactory: () => new Anonymizer() }], exports: [Anonymizer] })
export class AnonymizerModule {}

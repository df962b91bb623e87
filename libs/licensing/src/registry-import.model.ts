import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RegistryImportSource, RegistryImportStatus } from './registry-import.entity.js';

registerEnumType(RegistryImportStatus, {
  name: 'RegistryImportStatus',
  description: 'Where a registry import is.',
  valuesMap: {
    QUEUED: { description: 'Waiting for the background worker.' },
    RUNNING: { description: 'Being read; the counters grow.' },
    SUCCEEDED: { description: 'Finished; licences were compared with the registry again.' },
    FAILED: { description: 'Stopped with an error (see errorCode).' },
  },
});
registerEnumType(RegistryImportSource, {
  name: 'RegistryImportSource',
  description: 'Where the imported file came from.',
  valuesMap: {
    UPLOAD: { description: 'A file an administrator uploaded (kept on the server until the import ends).' },
    SERVER_PATH: { description: 'A file already on the server, in the registry import directory.' },
  },
});

/** A background NPPES registry import and how far it has got (the file's path stays on the server). */
@ObjectType({
  description:
    "A background import of the NPPES provider registry and how far it has got. Administrators only; the file's path stays on the server.",
})
export class RegistryImport {
  @Field(() => ID, { description: 'Import id (UUID).' })
  id!: string;

  @Field(() => RegistryImportStatus, { description: 'Where the import is.' })
  status!: RegistryImportStatus;

  @Field(() => RegistryImportSource, { description: 'Where the file came from.' })
  source!: RegistryImportSource;

  @Field(() => Int, { description: 'Times it was started (more than 1 after a resume)' })
  attempts!: number;

  @Field(() => Int, { description: 'Rows of the file read so far.' })
  rowsRead!: number;

  @Field(() => Float, { description: 'Bytes of the file read so far.' })
  bytesRead!: number;

  @Field(() => Float, { nullable: true, description: 'Size of the file in bytes, when known.' })
  totalBytes!: number | null;

  @Field(() => Float, { nullable: true, description: '0 to 100, when the size is known' })
  percent!: number | null;

  @Field(() => Int, { description: 'Individual providers written (organisations are skipped).' })
  individualsImported!: number;

  @Field(() => Int, { description: 'NPI deactivations recorded.' })
  deactivationsApplied!: number;

  @Field(() => Int, { description: 'Rows that could not be read and were skipped.' })
  malformedRows!: number;

  @Field(() => Int, { description: 'Licences compared with the registry again after the import' })
  licensesChecked!: number;

  @Field(() => Int, { description: 'Licences flagged for another review.' })
  licensesFlagged!: number;

  @Field(() => Int, { description: 'Verified licences revoked: their NPI is deactivated' })
  licensesRevoked!: number;

  @Field(() => String, {
    nullable: true,
    description: 'FORMAT, FILE_MISSING, INTERRUPTED (stopped on its last attempt) or INTERNAL when it failed',
  })
  errorCode!: string | null;

  @Field({ description: 'When it was requested (ISO 8601, UTC).' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the worker last started it.' })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it succeeded or failed.' })
  finishedAt!: Date | null;

  @Field({ description: 'When its progress was last written.' })
  updatedAt!: Date;
}

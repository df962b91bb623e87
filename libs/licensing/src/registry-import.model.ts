import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RegistryImportSource, RegistryImportStatus } from './registry-import.entity.js';

registerEnumType(RegistryImportStatus, { name: 'RegistryImportStatus' });
registerEnumType(RegistryImportSource, { name: 'RegistryImportSource' });

/** A background NPPES registry import and how far it has got (the file's path stays on the server). */
@ObjectType()
export class RegistryImport {
  @Field(() => ID)
  id!: string;

  @Field(() => RegistryImportStatus)
  status!: RegistryImportStatus;

  @Field(() => RegistryImportSource)
  source!: RegistryImportSource;

  @Field(() => Int, { description: 'Times it was started (more than 1 after a resume)' })
  attempts!: number;

  @Field(() => Int)
  rowsRead!: number;

  @Field(() => Float)
  bytesRead!: number;

  @Field(() => Float, { nullable: true })
  totalBytes!: number | null;

  @Field(() => Float, { nullable: true, description: '0 to 100, when the size is known' })
  percent!: number | null;

  @Field(() => Int)
  individualsImported!: number;

  @Field(() => Int)
  deactivationsApplied!: number;

  @Field(() => Int)
  malformedRows!: number;

  @Field(() => Int, { description: 'Licences compared with the registry again after the import' })
  licensesChecked!: number;

  @Field(() => Int)
  licensesFlagged!: number;

  @Field(() => Int, { description: 'Verified licences revoked: their NPI is deactivated' })
  licensesRevoked!: number;

  @Field(() => String, {
    nullable: true,
    description: 'FORMAT, FILE_MISSING, INTERRUPTED (stopped on its last attempt) or INTERNAL when it failed',
  })
  errorCode!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;

  @Field()
  updatedAt!: Date;
}

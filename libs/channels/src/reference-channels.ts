import type { SpecialtyEntity } from '@curbside/clinicians';
import type { EntityManager } from 'typeorm';
import { ChannelEntity } from './channel.entity.js';

export const RURAL_CHANNEL = { slug: 'rural-remote-medicine', name: 'Rural and Remote Medicine' } as const;

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** One channel per specialty plus the general rural channel; existing channels are left as they are. */
export async function seedReferenceChannels(
  manager: EntityManager,
  specialties: SpecialtyEntity[],
): Promise<void> {
  const rows = specialties.map((s) => ({
    slug: slugify(s.name),
    name: s.name,
    specialtyId: s.id,
    description: null,
  }));
  rows.push({ ...RURAL_CHANNEL, specialtyId: null as unknown as string, description: null });
  await manager.createQueryBuilder().insert().into(ChannelEntity).values(rows).orIgnore().execute();
}

export { ChannelEntity } from './channel.entity.js';
export { ChannelMembershipEntity } from './channel-membership.entity.js';
export { RURAL_CHANNEL, seedReferenceChannels, slugify } from './reference-channels.js';

export { ChannelEntity } from './channel.entity.js';
export { RURAL_CHANNEL, seedReferenceChannels, slugify } from './reference-channels.js';

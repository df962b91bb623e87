export { ChannelEntity } from './channel.entity.js';
export { ChannelMembershipEntity } from './channel-membership.entity.js';
export { RURAL_CHANNEL, seedReferenceChannels, slugify } from './reference-channels.js';
export { Channel } from './channel.model.js';
export { CreateChannelInput } from './channel.inputs.js';
export { ChannelsService } from './channels.service.js';
export { ChannelsResolver } from './channels.resolver.js';
export { ChannelsModule } from './channels.module.js';

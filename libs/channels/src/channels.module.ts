import { Module } from '@nestjs/common';
import { ChannelsResolver } from './channels.resolver.js';
import { ChannelsService } from './channels.service.js';

@Module({ providers: [ChannelsService, ChannelsResolver], exports: [ChannelsService] })
export class ChannelsModule {}

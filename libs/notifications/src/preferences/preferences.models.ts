import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { DeliveryChannel, DeliveryStatus } from '../notification-delivery.entity.js';
import { EmailMode, NotificationCategory } from '../notification-category.js';

registerEnumType(NotificationCategory, { name: 'NotificationCategory' });
registerEnumType(EmailMode, { name: 'EmailMode' });
registerEnumType(DeliveryChannel, { name: 'DeliveryChannel' });
registerEnumType(DeliveryStatus, { name: 'DeliveryStatus' });

@ObjectType()
export class CategoryPreference {
  @Field(() => NotificationCategory)
  category!: NotificationCategory;

  @Field(() => EmailMode, { description: 'IMMEDIATE, DIGEST (the daily digest) or OFF' })
  email!: EmailMode;

  @Field({ description: 'Push to the browsers you subscribed' })
  push!: boolean;

  @Field({ description: 'False while the category follows the defaults' })
  customised!: boolean;
}

@ObjectType()
export class QuietHours {
  @Field(() => Int, { description: 'Minute of the day (0-1439) quiet hours start' })
  startMinute!: number;

  @Field(() => Int, { description: 'Minute of the day (0-1439) quiet hours end' })
  endMinute!: number;

  @Field({ description: 'IANA time zone of the two minutes, e.g. America/Chicago' })
  timeZone!: string;
}

@ObjectType()
export class NotificationPreferences {
  @Field(() => [CategoryPreference])
  categories!: CategoryPreference[];

  @Field(() => QuietHours, {
    nullable: true,
    description: 'E-mail and push wait for their end; an urgent consult request does not',
  })
  quietHours!: QuietHours | null;

  @Field(() => Int, { description: 'Browsers subscribed to push' })
  pushSubscriptions!: number;
}

@ObjectType()
export class NotificationDelivery {
  @Field(() => DeliveryChannel)
  channel!: DeliveryChannel;

  @Field(() => DeliveryStatus)
  status!: DeliveryStatus;

  @Field(() => Int)
  attempts!: number;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;
}

@ObjectType({ description: 'Deliveries by status, over all clinicians (operators)' })
export class DeliveryCounters {
  @Field(() => Int)
  queued!: number;
  @Field(() => Int, { description: 'Held for a daily digest' })
  digest!: number;
  @Field(() => Int)
  sending!: number;
  @Field(() => Int)
  sent!: number;
  @Field(() => Int)
  retrying!: number;
  @Field(() => Int)
  failed!: number;
  @Field(() => Int, { description: 'Outbox events not yet dispatched' })
  outboxPending!: number;
}

@InputType()
export class SetNotificationPreferenceInput {
  @Field(() => NotificationCategory)
  @IsEnum(NotificationCategory)
  category!: NotificationCategory;

  @Field(() => EmailMode)
  @IsEnum(EmailMode)
  email!: EmailMode;

  @Field()
  @IsBoolean()
  push!: boolean;
}

@InputType()
export class QuietHoursInput {
  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(1439)
  startMinute!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(1439)
  endMinute!: number;

  @Field()
  @IsString()
  @Length(1, 64)
  @Matches(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$|^UTC$/, { message: 'timeZone must be an IANA time zone name' })
  timeZone!: string;
}

@InputType()
export class PushSubscriptionInput {
  @Field({ description: "The push service's endpoint URL (PushSubscription.endpoint)" })
  @IsUrl(
    { require_tld: false, protocols: ['https', 'http'], require_protocol: true },
    { message: 'endpoint must be a URL' },
  )
  @MaxLength(1000)
  endpoint!: string;

  @Field({ description: "The browser's P-256 public key, base64url (keys.p256dh)" })
  @Matches(/^[A-Za-z0-9_-]{80,100}={0,2}$/, { message: 'p256dh must be a base64url key' })
  p256dh!: string;

  @Field({ description: 'The authentication secret, base64url (keys.auth)' })
  @Matches(/^[A-Za-z0-9_-]{16,30}={0,2}$/, { message: 'auth must be a base64url secret' })
  auth!: string;
}

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

registerEnumType(NotificationCategory, {
  name: 'NotificationCategory',
  description: 'A group of notifications whose e-mail and push delivery you choose together.',
  valuesMap: {
    LICENSE_DECISIONS: { description: 'Decisions on your licences.' },
    CONSULT_REQUESTS: { description: 'Consults asked of you or your specialty.' },
    CASE_REPLIES: { description: 'Replies to your cases and threads.' },
    CONSULT_ANSWERS: { description: 'Answers and messages on consults you requested.' },
    CONTENT_REPORTS: { description: 'Outcomes of reports you made or of reports about your content.' },
    DIGESTS: { description: 'The daily digest e-mail itself.' },
    CASE_OUTCOMES: {
      description:
        'Outcome follow-ups: a request to report the outcome of your case, and outcomes reported on cases you helped with.',
    },
    ACCOUNT_NOTICES: {
      description: 'Notices about your account, such as an attempt to register with your e-mail address.',
    },
  },
});
registerEnumType(EmailMode, {
  name: 'EmailMode',
  description: 'How e-mail of one category reaches you.',
  valuesMap: {
    IMMEDIATE: { description: 'One e-mail per notification, as it happens (after quiet hours).' },
    DIGEST: { description: 'Gathered into the daily digest.' },
    OFF: { description: 'No e-mail.' },
  },
});
registerEnumType(DeliveryChannel, {
  name: 'DeliveryChannel',
  description: 'How a notification goes out beyond the API.',
  valuesMap: {
    EMAIL: { description: 'E-mail to the address of the account.' },
    PUSH: { description: 'Web push to the browsers you subscribed.' },
  },
});
registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description: 'Where one delivery of a notification is.',
  valuesMap: {
    QUEUED: { description: 'Waiting for its job (or for quiet hours to end).' },
    DIGEST: { description: "Held for the recipient's daily digest." },
    SENDING: { description: 'An attempt is under way.' },
    SENT: { description: 'Accepted by the mail server or the push service.' },
    RETRYING: { description: 'An attempt failed for a reason that may pass; another is scheduled.' },
    FAILED: { description: 'Refused for good (a permanent error, a gone push endpoint) or out of attempts.' },
  },
});

@ObjectType({ description: 'How one category of notifications reaches you.' })
export class CategoryPreference {
  @Field(() => NotificationCategory, { description: 'The category.' })
  category!: NotificationCategory;

  @Field(() => EmailMode, { description: 'IMMEDIATE, DIGEST (the daily digest) or OFF' })
  email!: EmailMode;

  @Field({ description: 'Push to the browsers you subscribed' })
  push!: boolean;

  @Field({ description: 'False while the category follows the defaults' })
  customised!: boolean;
}

@ObjectType({
  description: 'A daily time span when e-mail and push wait (an urgent consult request does not).',
})
export class QuietHours {
  @Field(() => Int, { description: 'Minute of the day (0-1439) quiet hours start' })
  startMinute!: number;

  @Field(() => Int, { description: 'Minute of the day (0-1439) quiet hours end' })
  endMinute!: number;

  @Field({ description: 'IANA time zone of the two minutes, e.g. America/Chicago' })
  timeZone!: string;
}

@ObjectType({ description: 'Your notification choices; defaults where you set nothing. Only your own.' })
export class NotificationPreferences {
  @Field(() => [CategoryPreference], { description: 'One entry per category.' })
  categories!: CategoryPreference[];

  @Field(() => QuietHours, {
    nullable: true,
    description: 'E-mail and push wait for their end; an urgent consult request does not',
  })
  quietHours!: QuietHours | null;

  @Field(() => Int, { description: 'Browsers subscribed to push' })
  pushSubscriptions!: number;
}

@ObjectType({ description: "One channel's delivery of one notification. Only the recipient sees it." })
export class NotificationDelivery {
  @Field(() => DeliveryChannel, { description: 'EMAIL or PUSH.' })
  channel!: DeliveryChannel;

  @Field(() => DeliveryStatus, { description: 'Where the delivery is.' })
  status!: DeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attempts!: number;

  @Field(() => Date, { nullable: true, description: 'When it was accepted for delivery; null until then.' })
  sentAt!: Date | null;
}

@ObjectType({ description: 'Deliveries by status, over all clinicians (operators)' })
export class DeliveryCounters {
  @Field(() => Int, { description: 'Waiting for their job or for quiet hours.' })
  queued!: number;
  @Field(() => Int, { description: 'Held for a daily digest' })
  digest!: number;
  @Field(() => Int, { description: 'Attempts under way.' })
  sending!: number;
  @Field(() => Int, { description: 'Delivered.' })
  sent!: number;
  @Field(() => Int, { description: 'Failed once, to be tried again.' })
  retrying!: number;
  @Field(() => Int, { description: 'Failed for good.' })
  failed!: number;
  @Field(() => Int, { description: 'Outbox events not yet dispatched' })
  outboxPending!: number;
}

@InputType({ description: 'How one category of notifications should reach you.' })
export class SetNotificationPreferenceInput {
  @Field(() => NotificationCategory, { description: 'The category to set.' })
  @IsEnum(NotificationCategory)
  category!: NotificationCategory;

  @Field(() => EmailMode, { description: 'IMMEDIATE, DIGEST or OFF.' })
  @IsEnum(EmailMode)
  email!: EmailMode;

  @Field({ description: 'Push to your subscribed browsers.' })
  @IsBoolean()
  push!: boolean;
}

@InputType({
  description: 'A daily time span when e-mail and push wait. It may cross midnight (start after end).',
})
export class QuietHoursInput {
  @Field(() => Int, { description: 'Minute of the day quiet hours start, 0 to 1439 (e.g. 1320 for 22:00).' })
  @IsInt()
  @Min(0)
  @Max(1439)
  startMinute!: number;

  @Field(() => Int, {
    description: 'Minute of the day quiet hours end, 0 to 1439; differs from startMinute.',
  })
  @IsInt()
  @Min(0)
  @Max(1439)
  endMinute!: number;

  @Field({ description: 'IANA time zone of the two minutes, e.g. America/Chicago.' })
  @IsString()
  @Length(1, 64)
  @Matches(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$|^UTC$/, { message: 'timeZone must be an IANA time zone name' })
  timeZone!: string;
}

@InputType({ description: "A browser's Web Push subscription (the fields of its PushSubscription JSON)." })
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

import { z } from 'zod';
import { defineEvent } from '#platform/events/event.ts';
import { channelCodes } from './channel-codes.ts';
import { serviceLevelEvents } from './service-levels/service-levels.events.ts';

/**
 * What the inquiry register tells other modules (insight counts the desk's and the phone line's inquiries from
 * it). Ids, codes and the day: never the person, a CPR number or the staff member's note.
 */
export const InquiryRegistered = defineEvent({
  name: 'channels.inquiry-registered',
  version: 1,
  description: 'Staff registered an inquiry at the desk or on the phone (or tallied a general question).',
  payload: z
    .object({
      inquiryId: z.uuid(),
      staffId: z.uuid(),
      purposeCode: z.string().min(1),
      channel: z.enum(channelCodes),
      /** the Danish day it counts on */
      day: z.iso.date(),
      registeredAt: z.iso.datetime({ offset: true }),
    })
    .strict(),
});

export const channelsEvents = [InquiryRegistered, ...serviceLevelEvents];

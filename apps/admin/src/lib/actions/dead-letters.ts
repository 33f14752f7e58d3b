'use server';

import { revalidatePath } from 'next/cache';
import type { DeadLetter } from '@shop/api-client/types';
import { api } from '../api';
import { messageOf } from '../errors';
import { redirectWithFlash } from '../flash';
import { text, type FormState } from '../form';

export async function replayDeadLetter(_prev: FormState, form: FormData): Promise<FormState> {
  const id = text(form, 'id');
  let letter: DeadLetter;
  try {
    letter = await (await api()).replayDeadLetter(id);
  } catch (error) {
    // 409 when it was replayed already (another admin, a double submit) or is not a JSON event.
    return { message: messageOf(error) };
  }
  revalidatePath('/dead-letters');
  redirectWithFlash(
    `/dead-letters/${encodeURIComponent(id)}`,
    `Replayed: ${letter.eventType} is published again on ${letter.topic}; ${letter.consumerGroup} will receive it again.`,
  );
}

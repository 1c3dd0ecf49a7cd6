import { api } from '../api-client.ts';
import type { Interaction, InteractionInput } from './contact.types.ts';

export const interactionsApi = {
  create: (customerId: string, input: InteractionInput) =>
    api.post<Interaction>('/interactions', { ...input, customerId }),
};

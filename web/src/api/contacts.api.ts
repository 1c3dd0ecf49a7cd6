import { useQuery } from '@tanstack/react-query';
import { api } from '../api-client.ts';
import { customerKeys } from './customers.api.ts';
import type { Contact, ContactInput, ItemList } from './domain.types.ts';

export const contactsApi = {
  list: (customerId: string) => api.get<ItemList<Contact>>(`/customers/${encodeURIComponent(customerId)}/contacts`),
  create: (customerId: string, input: ContactInput) =>
    api.post<Contact>(`/customers/${encodeURIComponent(customerId)}/contacts`, input),
  update: (id: string, patch: ContactInput) => api.patch<Contact>(`/contacts/${encodeURIComponent(id)}`, patch),
  remove: (id: string) => api.delete(`/contacts/${encodeURIComponent(id)}`),
};

export function useContacts(customerId: string, enabled: boolean) {
  return useQuery({
    queryKey: customerKeys.contacts(customerId),
    queryFn: () => contactsApi.list(customerId),
    select: (list) => list.items,
    enabled,
  });
}

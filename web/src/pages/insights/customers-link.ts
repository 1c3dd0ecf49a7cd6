import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import type { CustomerFilter } from '../../api/customers.api.ts';
import { withQuery } from '../../api-client.ts';

export type CustomersLink = Pick<CustomerFilter, 'segment' | 'abcClass' | 'stage' | 'quadrant' | 'pyramidId' | 'tier'>;

/** The customers list with these filters (as of the latest analysis run). */
export function customersPath(filter: CustomersLink): string {
  return withQuery('/customers', { ...filter });
}

/** Opens the customers list filtered as a clicked cell or bar says. */
export function useOpenCustomers() {
  const navigate = useNavigate();
  return useCallback((filter: CustomersLink) => navigate(customersPath(filter)), [navigate]);
}

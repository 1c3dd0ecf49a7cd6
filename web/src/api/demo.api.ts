import { api } from '../api-client.ts';
import type { DemoResult } from './data.types.ts';

export const demoApi = {
  /** Fills an empty database with a sample company (409 once customers exist). */
  load: (input: { customers?: number } = {}) => api.post<DemoResult>('/demo', input),
};

import { z } from 'zod';
import { roles } from '../shared/domain.ts';

export const demoLimits = {
  customers: { min: 10, max: 200_000, default: 2_000 },
  years: { min: 1, max: 10, default: 3 },
};
/** The web app's setup screen asks for a small company: a request should finish in seconds. */
export const maxCustomersOverHttp = 10_000;

export const loadDemoBody = z.strictObject({
  customers: z
    .number()
    .int('must be a whole number')
    .min(demoLimits.customers.min, `must be ${demoLimits.customers.min} to ${maxCustomersOverHttp}`)
    .max(maxCustomersOverHttp, `must be ${demoLimits.customers.min} to ${maxCustomersOverHttp}`)
    .default(demoLimits.customers.default),
});

export const demoSummarySchema = z
  .object({
    company: z.string(),
    users: z.array(z.object({ email: z.string(), name: z.string(), role: z.enum(roles) })),
    password: z.string().meta({ description: 'The password of every demo user, shown only now' }),
    customers: z.number(),
    contacts: z.number(),
    products: z.number(),
    orders: z.number(),
    orderLines: z.number(),
    from: z.date().meta({ description: 'The first day of the purchase history' }),
  })
  .meta({ id: 'DemoSummary' });

export type DemoSummary = z.infer<typeof demoSummarySchema>;

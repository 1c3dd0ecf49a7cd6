/** English labels of the customer list: sorts, columns, totals, search matches, watch-list reasons (part of en.ts). */
export const enCustomerList = {
  customerList: {
    sort: {
      '-createdAt': 'Newest first',
      createdAt: 'Oldest first',
      '-updatedAt': 'Recently updated',
      updatedAt: 'Least recently updated',
      name: 'Name A–Z',
      '-name': 'Name Z–A',
      '-revenue': 'Highest revenue',
      revenue: 'Lowest revenue',
      '-lastPurchaseAt': 'Bought most recently',
      lastPurchaseAt: 'Longest since a purchase',
      '-lastContactAt': 'Contacted most recently',
      lastContactAt: 'Longest since contact',
    },
    columns: {
      revenue: 'Revenue',
      lastPurchaseAt: 'Last purchase',
      lastContactAt: 'Last contact',
      watchReason: 'Why on this list',
    },
    searchPlaceholder: 'Search name, customer code, phone, email or contact',
    viaContact: 'via contact {{name}}',
    total_one: '{{formatted}} customer',
    total_other: '{{formatted}} customers',
    totalAbout: 'about {{formatted}} customers',
    shown: '{{formatted}} shown',
    reason: {
      spend_drop: '{{change}}: {{recent}} in the last 90 days, {{previous}} in the 90 before',
      lapsed: '{{days}} days since the last purchase (usually every {{usual}} days)',
      lapsedOne: '{{days}} days since the last purchase (usually every day)',
      newly_at_risk: 'Now {{segment}}, before {{previous}}',
      newlyAnalysed: 'Now {{segment}}, not analysed before',
    },
  },
};

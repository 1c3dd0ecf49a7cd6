/** English labels of the neglect report's paging, file and follow-up tasks (part of en.ts). */
export const enNeglect = {
  neglectActions: {
    exportCsv: 'Export CSV',
    exportHint: 'Every neglected customer of this filter, not only those shown',
    showAll: 'Show all {{count}}',
    showTop: 'Show only the top {{count}}',
    shown: 'Shown: {{shown}} of {{count}}',
    makeTasks: 'Make follow-up tasks',
    makeTasksSelected: 'Make tasks for the {{count}} selected',
    clearSelection: 'Clear selection',
    confirmTitle: 'Make follow-up tasks?',
    confirmAll:
      'One task for each neglected customer of this filter, for the customer’s relationship manager. Customers who have an open task already are left out.',
    confirmSelected:
      'One task for each of the {{count}} customers selected, for the customer’s relationship manager. Customers who have an open task already are left out.',
    due: 'Due',
    dueToday: 'Today',
    dueIn3: 'In 3 days',
    dueIn7: 'In a week',
    counting: 'Counting…',
    willMake: 'Tasks to make: {{count}}',
    skipOpen: 'Left out, an open task exists already: {{count}}',
    skipNoOwner: 'Left out, no active relationship manager: {{count}}',
    skipNotYours: 'Left out, owned by someone else (you make tasks for your own customers): {{count}}',
    nothingToMake: 'There is no task to make.',
    confirm: 'Make the tasks',
    made: 'Tasks made: {{count}}',
  },
};

/** English labels of the analysis of newly loaded purchases on the Insights page (part of en.ts). */
export const enAnalysisState = {
  analysisState: {
    runningTitle: 'Analysing the purchase history…',
    runningHint:
      'New purchases were loaded (the demo company or an import). The pictures appear here as soon as the analysis is done; there is nothing to click.',
    runningUpdate: 'New purchases are being analysed: the pictures will update when the analysis is done.',
    nothingTitle: 'Nothing to analyse yet',
    nothingHint:
      'An analysis scores customers from their purchases: RFM segments, ABC classes, value pyramids, the value scorecard and the loyalty ladder. No customer has bought anything yet.',
    nothingNext:
      'Import customers and their orders, or load the demo company to look around: the analysis runs by itself.',
    importData: 'Import data',
    loadDemo: 'Load the demo company',
  },
};

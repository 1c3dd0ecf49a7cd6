export { eraseContact, eraseCustomer } from './erasure.ts';
export { exportContactData, exportCustomerData } from './personal-data-export.ts';
export { privacyRoutes } from './privacy.routes.ts';
export { applyContactRetention, startContactRetention } from './retention.ts';

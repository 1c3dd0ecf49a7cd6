/** A phone number that a phone dials when tapped (tel: keeps only digits and a leading +). */
export function PhoneLink({ phone }: { phone: string }) {
  return <a href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</a>;
}

import { describe, expect, it } from 'vitest';
import { notificationEmail } from './notification-email.ts';

const notification = {
  id: 'n1',
  title: '感谢 张伟 的订单\nThank-you call',
  body: 'Order 1024 arrived yesterday.',
  customerId: 'c1',
  customerName: '张伟',
  email: 'li@example.com',
  userName: '李娜',
};

describe('notification emails', () => {
  it('carry a one-line bilingual subject, the body, the customer and a link to the app', () => {
    const email = notificationEmail(notification, 'https://crm.example.com');
    expect(email.subject).toBe('Guanxi 关系: 感谢 张伟 的订单 Thank-you call');
    expect(email.to).toEqual({ name: '李娜', address: 'li@example.com' });
    expect(email.text).toContain('Order 1024 arrived yesterday.');
    expect(email.text).toContain('客户 Customer: 张伟');
    expect(email.text).toContain('https://crm.example.com/customers/c1');
  });

  it('leave out what is missing', () => {
    const email = notificationEmail({ ...notification, body: null, customerId: null, customerName: null });
    expect(email.text).toBe('感谢 张伟 的订单\nThank-you call\n');
  });
});

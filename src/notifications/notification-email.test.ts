import { describe, expect, it } from 'vitest';
import { notificationEmail, type PendingEmail } from './notification-email.ts';

const notification: PendingEmail = {
  id: 'n1',
  title: 'Call about the renewal',
  titleKey: null,
  titleParams: null,
  body: 'Order 1024 arrived yesterday.',
  language: 'en',
  customerId: 'c1',
  customerName: '张伟',
  email: 'li@example.com',
  userName: '李娜',
};

const thankYou: PendingEmail = {
  ...notification,
  title: 'stored at the time',
  titleKey: 'thank_you',
  titleParams: { order: 'GX-1024', builtInTitle: true },
  body: null,
};

describe('notification emails', () => {
  it('carry a one-line subject, the body, the customer and a link to the app, in English', () => {
    const email = notificationEmail(notification, 'https://crm.example.com');
    expect(email.subject).toBe('Guanxi: Call about the renewal');
    expect(email.to).toEqual({ name: '李娜', address: 'li@example.com' });
    expect(email.text).toContain('Order 1024 arrived yesterday.');
    expect(email.text).toContain('Customer: 张伟');
    expect(email.text).not.toContain('客户');
    expect(email.text).toContain('https://crm.example.com/customers/c1');
  });

  it('are written in the recipient’s language only', () => {
    const email = notificationEmail({ ...notification, language: 'zh-CN' }, 'https://crm.example.com');
    expect(email.subject).toBe('关系: Call about the renewal');
    expect(email.text).toContain('客户: 张伟');
    expect(email.text).toContain('打开: https://crm.example.com/customers/c1');
    expect(email.text).not.toMatch(/Customer|Open|Guanxi/);
  });

  it('render a built-in rule’s title in the recipient’s language, not the stored one', () => {
    const english = notificationEmail(thankYou);
    const chinese = notificationEmail({ ...thankYou, language: 'zh-CN' });
    expect(english.subject).toBe('Guanxi: Thank 张伟 for order GX-1024');
    expect(chinese.subject).toBe('关系: 感谢张伟的订单 GX-1024');
  });

  it('leave out what is missing', () => {
    const email = notificationEmail({ ...notification, body: null, customerId: null, customerName: null });
    expect(email.text).toBe('Call about the renewal\n');
  });
});

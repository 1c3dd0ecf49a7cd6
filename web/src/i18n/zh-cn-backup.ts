import type { enBackup } from './en-backup.ts';
import type { Labels } from './labels.ts';

/** 备份页面的简体中文标签（zh-cn.ts 的一部分）。 */
export const zhCNBackup: Labels<typeof enBackup> = {
  backup: {
    title: '备份',
    downloadTitle: '下载备份',
    downloadHint: '整个数据库保存为一个文件，备份时系统照常运行，大家可以继续工作。每次下载都记入审计日志。',
    sensitive: '备份文件包含全部客户、订单和用户（含密码哈希），请像保护服务器一样妥善保管。',
    download: '下载备份',
    restoreTitle: '恢复',
    restoreHint:
      '恢复会用备份中的数据替换现有的全部数据。请先停止服务器，再在服务器上对下载的文件运行以下命令；现有的数据文件夹会被移到一旁，不会删除。',
    moreHint: '命令行定时备份、PostgreSQL 与 pg_restore 的用法见 docs/backup.md。',
  },
};

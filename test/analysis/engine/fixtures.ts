/** Résumés for the offline engine tests, written the way users write them. */

export const ZH_RESUME = `张伟
手机：138-1234-5678 | 邮箱：zhangwei@example.com | GitHub：github.com/zhangwei
求职意向：前端开发工程师

教育背景
2014.09 - 2018.06  华中科技大学  计算机科学与技术  本科

工作经历
2018.07 - 2020.03  武汉某科技有限公司  前端工程师
• 负责公司官网和运营活动页的开发与维护
• 参与后台管理系统的开发，使用 vue 和 element ui 完成表单和列表页面
• 协助测试同学排查线上问题

2021.06 - 至今  北京某互联网公司  高级前端工程师
• 主导电商小程序首页性能优化，首屏时间降低 40%，转化率提升 8%
• 设计并实现组件库，覆盖 60+ 业务组件，新页面开发效率提升 2 倍
• 搭建前端监控平台，线上错误发现时间从小时级缩短到 5 分钟

项目经历
「智能客服工作台」 2022.03 - 2022.12
• 基于 React 和 typescript 重构客服工作台，支持 2000+ 坐席同时在线
• 使用 WebSocket 实现消息实时推送，消息延迟降低 60%
• 参与需求评审和技术方案设计

专业技能
• 熟练掌握 javascript、TypeScript、HTML、CSS，熟悉 React、Vue 及其生态
• 熟悉 webpack、Vite 等构建工具，了解 Node.js 和 k8s 部署
• 熟悉 Git 工作流和 mysql 基本使用
`;

export const ZH_JD = `高级前端开发工程师
岗位职责：
1. 负责公司核心产品的前端架构设计与开发，保障性能与稳定性；
2. 推动前端工程化建设，参与组件库与监控体系建设。
任职要求：
1. 精通 JavaScript、TypeScript，熟悉 React 或 Vue；
2. 熟悉 Kubernetes、Docker 等容器化部署，有 GraphQL 经验优先；
3. 熟悉 Next.js 服务端渲染，有微前端经验者优先；
4. 良好的沟通能力和团队合作精神。`;

export const EN_RESUME = `Jane Doe
jane.doe@example.com | +1 415-555-0100 | linkedin.com/in/janedoe

Summary
Data analyst with 5 years of experience in e-commerce analytics.

Experience
Senior Data Analyst, Acme Retail — Jul 2019 – Present
- Built a churn model in python that reduced monthly churn by 12%
- Designed the weekly KPI dashboard in Tableau used by 40 managers
- Helped the marketing team with campaign reports
- Responsible for data quality checks

Data Analyst, Beta Corp — Jan 2016 – Dec 2018
- Automated SQL reporting pipelines, saving 10 hours per week
- Worked on A/B test analysis for the checkout flow

Education
B.Sc. Statistics, State University — Sep 2012 – Jun 2016

Skills
SQL, python, Tableau, Excel, statistics, A/B testing
`;

export const EN_JD = `Data Analyst
We are looking for a Data Analyst to join our growth team.
Requirements:
- Strong SQL and Python (pandas)
- Experience with A/B testing and statistics
- Experience with Looker or Power BI dashboards
- Excellent communication skills`;

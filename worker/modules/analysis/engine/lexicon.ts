/**
 * The curated skill lexicon: canonical skills with zh/en labels, synonyms in both languages and the role
 * families they belong to. Matching is on NFKC-folded, lower-cased text; Latin aliases match on word
 * boundaries (a trailing version number such as Vue3 or HTML5 is allowed), Chinese aliases on
 * Intl.Segmenter word boundaries. An alias starting with "=" is matched case-sensitively (Go, Rust, PS…).
 */
import type { RoleFamily } from "./families";
import { hasCjk, segmentBoundaries } from "./text";

export type SkillKind = "tech" | "tool" | "domain" | "soft";
export interface Skill {
  id: string;
  en: string;
  zh: string;
  aliases: readonly string[];
  families: readonly RoleFamily[];
  kind: SkillKind;
}

type Row = [id: string, en: string, zh: string, aliases: string, families: string, kind: SkillKind];

// biome-ignore format: a table reads best one row a line
const ROWS: Row[] = [
  // —— Frontend ——
  ["javascript", "JavaScript", "", "javascript|js|ecmascript|es6|es2015|es2020", "frontend backend", "tech"],
  ["typescript", "TypeScript", "", "typescript|ts", "frontend backend", "tech"],
  ["html", "HTML", "", "html|html5", "frontend", "tech"],
  ["css", "CSS", "", "css|css3|flexbox|css grid", "frontend", "tech"],
  ["sass", "Sass/Less", "", "sass|scss|=Less|less.js|stylus|postcss", "frontend", "tech"],
  ["react", "React", "", "react|react.js|reactjs|react hooks|jsx", "frontend", "tech"],
  ["vue", "Vue", "", "vue|vue.js|vuejs", "frontend", "tech"],
  ["angular", "Angular", "", "angular|angularjs|angular.js", "frontend", "tech"],
  ["svelte", "Svelte", "", "svelte|sveltekit", "frontend", "tech"],
  ["nextjs", "Next.js", "", "next.js|nextjs", "frontend", "tech"],
  ["nuxt", "Nuxt", "", "nuxt|nuxt.js|nuxtjs", "frontend", "tech"],
  ["redux", "Redux", "", "redux|redux toolkit|zustand|recoil", "frontend", "tech"],
  ["vuex", "Vuex/Pinia", "", "vuex|pinia", "frontend", "tech"],
  ["mobx", "MobX", "", "mobx", "frontend", "tech"],
  ["webpack", "webpack", "", "webpack|rollup|esbuild|rspack|构建工具|build tooling", "frontend", "tool"],
  ["vite", "Vite", "", "vite", "frontend", "tool"],
  ["babel", "Babel", "", "babel|swc", "frontend", "tool"],
  ["nodejs", "Node.js", "", "node.js|nodejs|=Node|nestjs|nest.js", "frontend backend", "tech"],
  ["jquery", "jQuery", "", "jquery", "frontend", "tech"],
  ["tailwind", "Tailwind CSS", "", "tailwind|tailwindcss|tailwind css", "frontend", "tech"],
  ["miniprogram", "Mini Programs", "小程序", "小程序|微信小程序|mini program|mini-program|mini programs|miniprogram", "frontend", "tech"],
  ["uniapp", "uni-app", "", "uni-app|uniapp", "frontend", "tech"],
  ["taro", "Taro", "", "taro", "frontend", "tech"],
  ["h5", "H5 / mobile web", "H5 移动端", "h5|mobile web|移动端h5|移动web|移动端开发|hybrid", "frontend", "tech"],
  ["browser", "Browser internals", "浏览器原理", "浏览器原理|浏览器渲染|渲染原理|事件循环|event loop|browser rendering|browser internals", "frontend", "domain"],
  ["performance", "Performance optimization", "性能优化", "性能优化|性能调优|首屏优化|首屏|performance optimization|performance tuning|web vitals|lcp|core web vitals", "frontend backend", "domain"],
  ["frontend", "Frontend", "前端", "前端|web前端|前端开发|frontend|front-end|front end", "frontend", "domain"],
  ["responsive", "Responsive design", "响应式设计", "响应式布局|响应式设计|响应式网页|移动端适配|responsive design|responsive layout|responsive web", "frontend design", "domain"],
  ["webgl", "WebGL/Canvas", "", "webgl|canvas|three.js|threejs|svg动画", "frontend", "tech"],
  ["echarts", "ECharts", "", "echarts|d3|d3.js|antv|highcharts", "frontend data", "tool"],
  ["micro-frontend", "Micro-frontends", "微前端", "微前端|micro-frontend|micro-frontends|micro frontends|qiankun|module federation", "frontend", "domain"],
  ["ssr", "SSR", "服务端渲染", "ssr|服务端渲染|server-side rendering|server side rendering", "frontend", "domain"],
  ["unit-testing", "Unit testing", "单元测试", "单元测试|unit test|unit tests|unit testing|jest|vitest|junit|pytest|mocha", "frontend backend", "domain"],
  ["flutter", "Flutter", "", "flutter|dart", "frontend", "tech"],
  ["react-native", "React Native", "", "react native|react-native", "frontend", "tech"],
  ["ios", "iOS", "", "ios|=Swift|swiftui|objective-c", "frontend", "tech"],
  ["android", "Android", "", "android|kotlin|jetpack compose", "frontend backend", "tech"],
  ["electron", "Electron", "", "electron|tauri", "frontend", "tech"],
  ["websocket", "WebSocket", "", "websocket|websockets|socket.io", "frontend backend", "tech"],
  ["network", "HTTP/Networking", "计算机网络", "计算机网络|网络协议|http|https|http2|tcp|tcp/ip|udp|dns|networking", "frontend backend", "domain"],
  ["graphql", "GraphQL", "", "graphql|apollo", "frontend backend", "tech"],
  ["restful", "RESTful API", "", "restful|rest api|restful api|接口设计|api design|openapi|swagger", "frontend backend", "domain"],
  ["web-security", "Web security", "Web 安全", "xss|csrf|web安全|web security|网络安全|cybersecurity|渗透测试|penetration testing", "frontend backend", "domain"],
  ["accessibility", "Accessibility", "无障碍", "accessibility|a11y|无障碍|wcag", "frontend design", "domain"],
  ["git", "Git", "", "git|github|gitlab|gitee|版本控制|version control", "frontend backend data", "tool"],
  ["ci-cd", "CI/CD", "", "ci/cd|cicd|持续集成|持续交付|持续部署|continuous integration|continuous delivery|github actions|gitlab ci", "frontend backend", "domain"],
  ["engineering", "Frontend engineering", "前端工程化", "工程化|前端工程化|monorepo|脚手架|lerna|pnpm workspace", "frontend", "domain"],
  ["component-library", "Component libraries", "组件库", "组件库|组件化|component library|ant design|antd|element ui|element-ui|element plus|material ui|mui", "frontend design", "domain"],
  // —— Backend / infrastructure ——
  ["java", "Java", "", "java|java8|j2ee|jdk", "backend", "tech"],
  ["spring", "Spring Boot", "", "spring boot|springboot|spring-boot|spring cloud|springcloud|spring mvc|=Spring", "backend", "tech"],
  ["mybatis", "MyBatis", "", "mybatis|mybatis-plus|ibatis|hibernate|jpa", "backend", "tech"],
  ["python", "Python", "", "python", "backend data", "tech"],
  ["go", "Go", "", "golang|go语言|=Go", "backend", "tech"],
  ["cpp", "C++", "", "c++|cpp|stl", "backend", "tech"],
  ["c", "C", "C 语言", "c语言|c language|ansi c", "backend", "tech"],
  ["csharp", "C#", "", "c#|csharp", "backend", "tech"],
  ["dotnet", ".NET", "", ".net|asp.net|dotnet|.net core", "backend", "tech"],
  ["php", "PHP", "", "php|laravel|thinkphp", "backend", "tech"],
  ["rust", "Rust", "", "=Rust|rust语言", "backend", "tech"],
  ["scala", "Scala", "", "scala", "backend data", "tech"],
  ["django", "Django", "", "django", "backend", "tech"],
  ["flask", "Flask", "", "=Flask|flask框架", "backend", "tech"],
  ["fastapi", "FastAPI", "", "fastapi", "backend", "tech"],
  ["express", "Express/Koa", "", "express.js|expressjs|=Express|koa|koa2|egg.js", "backend frontend", "tech"],
  ["gin", "Gin", "", "=Gin|gin框架|go-zero|kratos|beego", "backend", "tech"],
  ["mysql", "MySQL", "", "mysql|mariadb|innodb", "backend data", "tech"],
  ["postgresql", "PostgreSQL", "", "postgresql|postgres|pgsql", "backend data", "tech"],
  ["oracle", "Oracle", "", "oracle|pl/sql|plsql", "backend data", "tech"],
  ["sql", "SQL", "", "sql|t-sql|hivesql|spark sql|sql查询", "backend data", "tech"],
  ["mongodb", "MongoDB", "", "mongodb|mongo", "backend", "tech"],
  ["redis", "Redis", "", "redis|memcached", "backend", "tech"],
  ["elasticsearch", "Elasticsearch", "", "elasticsearch|elastic search|elk|kibana|logstash|全文检索|opensearch", "backend data", "tech"],
  ["kafka", "Kafka", "", "kafka", "backend data", "tech"],
  ["rabbitmq", "RabbitMQ", "", "rabbitmq", "backend", "tech"],
  ["message-queue", "Message queues", "消息队列", "消息队列|message queue|message queues|mq|rocketmq|pulsar|activemq", "backend", "domain"],
  ["docker", "Docker", "", "docker|容器化|containerization|containers|dockerfile", "backend frontend", "tool"],
  ["kubernetes", "Kubernetes", "", "kubernetes|k8s|kubectl|helm|容器编排", "backend", "tool"],
  ["linux", "Linux", "", "linux|unix|centos|ubuntu", "backend", "tech"],
  ["shell", "Shell", "", "shell|bash|shell脚本|zsh", "backend", "tech"],
  ["nginx", "Nginx", "", "nginx|反向代理|reverse proxy", "backend frontend", "tool"],
  ["microservices", "Microservices", "微服务", "微服务|微服务架构|microservice|microservices|服务治理|service mesh|istio|服务拆分", "backend", "domain"],
  ["rpc", "RPC/gRPC", "", "rpc|grpc|dubbo|thrift|protobuf", "backend", "tech"],
  ["distributed", "Distributed systems", "分布式系统", "分布式|分布式系统|distributed system|distributed systems|分布式事务|一致性协议|raft|paxos|zookeeper|etcd", "backend", "domain"],
  ["concurrency", "High concurrency", "高并发", "高并发|并发编程|多线程|high concurrency|concurrent programming|multithreading|multi-threading|concurrency", "backend", "domain"],
  ["high-availability", "High availability", "高可用", "高可用|容灾|熔断|限流|降级|负载均衡|high availability|fault tolerance|load balancing|disaster recovery", "backend", "domain"],
  ["caching", "Caching", "缓存", "缓存|缓存设计|caching|cache|cdn", "backend frontend", "domain"],
  ["jvm", "JVM", "", "jvm|垃圾回收|gc调优|garbage collection", "backend", "tech"],
  ["system-design", "System design", "系统设计", "系统设计|架构设计|系统架构|system design|architecture design|software architecture|技术方案设计", "backend frontend", "domain"],
  ["database-design", "Database design & tuning", "数据库设计与优化", "数据库设计|sql优化|索引优化|慢查询|分库分表|读写分离|database design|query optimization|sharding|indexing", "backend data", "domain"],
  ["aws", "AWS", "", "aws|amazon web services|ec2|lambda函数|aws lambda", "backend", "tool"],
  ["cloud", "Cloud / cloud-native", "云计算/云原生", "云计算|云原生|阿里云|腾讯云|华为云|aliyun|cloud computing|cloud native|cloud-native|serverless|gcp|azure", "backend", "domain"],
  ["devops", "DevOps/SRE", "运维", "devops|sre|运维|自动化运维|ansible|terraform|site reliability", "backend", "domain"],
  ["jenkins", "Jenkins", "", "jenkins", "backend", "tool"],
  ["monitoring", "Monitoring & observability", "监控告警", "监控|监控告警|prometheus|grafana|可观测性|observability|链路追踪|tracing|skywalking|apm", "backend", "domain"],
  ["test-automation", "Test automation", "自动化测试", "自动化测试|接口测试|性能测试|压力测试|压测|test automation|selenium|jmeter|playwright|cypress|load testing", "backend frontend", "domain"],
  ["algorithms", "Data structures & algorithms", "数据结构与算法", "数据结构|算法题|leetcode|力扣|data structures|data structure|algorithms and data structures", "backend frontend data", "domain"],
  ["os", "Operating systems", "操作系统", "操作系统|operating system|operating systems|进程调度|内存管理", "backend", "domain"],
  ["design-patterns", "Design patterns / OOP", "设计模式", "设计模式|design patterns|design pattern|面向对象|oop|object-oriented|solid原则", "backend frontend", "domain"],
  ["llm", "LLM / generative AI", "大模型", "llm|llms|大模型|大语言模型|large language model|large language models|gpt|chatgpt|prompt engineering|提示词工程|rag|langchain|aigc|生成式ai|generative ai|agent开发", "backend data product", "domain"],
  // —— Data / ML ——
  ["data-analysis", "Data analysis", "数据分析", "数据分析|data analysis|data analytics|analytics|数据分析报告|业务分析|business analysis", "data product operations", "domain"],
  ["statistics", "Statistics", "统计学", "统计学|统计分析|统计|statistics|statistical|statistical analysis|假设检验|hypothesis testing|回归分析|regression|显著性", "data", "domain"],
  ["excel", "Excel", "", "excel|vlookup|数据透视表|pivot table|pivot tables", "data operations sales general", "tool"],
  ["pandas", "pandas", "", "pandas|dataframe", "data", "tool"],
  ["numpy", "NumPy", "", "numpy|scipy", "data", "tool"],
  ["r-lang", "R", "R 语言", "r语言|r language|rstudio|ggplot2", "data", "tech"],
  ["tableau", "Tableau", "", "tableau", "data", "tool"],
  ["powerbi", "Power BI", "", "power bi|powerbi", "data", "tool"],
  ["bi-reporting", "BI & dashboards", "BI 报表", "bi|商业智能|business intelligence|报表|数据看板|看板|dashboard|dashboards|finebi|帆软|quick bi|superset|metabase", "data operations", "domain"],
  ["machine-learning", "Machine learning", "机器学习", "机器学习|machine learning|ml|xgboost|lightgbm|随机森林|random forest|逻辑回归|logistic regression|分类模型", "data", "domain"],
  ["scikit-learn", "scikit-learn", "", "sklearn|scikit-learn", "data", "tool"],
  ["deep-learning", "Deep learning", "深度学习", "深度学习|deep learning|神经网络|neural network|neural networks|cnn|rnn|lstm|transformer|transformers|bert", "data", "domain"],
  ["pytorch", "PyTorch", "", "pytorch|torch", "data", "tool"],
  ["tensorflow", "TensorFlow", "", "tensorflow|keras", "data", "tool"],
  ["nlp", "NLP", "自然语言处理", "nlp|自然语言处理|natural language processing|文本分类|命名实体识别|text classification", "data", "domain"],
  ["computer-vision", "Computer vision", "计算机视觉", "计算机视觉|computer vision|图像识别|目标检测|图像分割|opencv|object detection|image recognition", "data", "domain"],
  ["recommender", "Recommender systems", "推荐系统", "推荐系统|推荐算法|个性化推荐|recommender system|recommender systems|recommendation system|recommendation systems|召回|精排|ctr预估", "data product", "domain"],
  ["ab-testing", "A/B testing", "A/B 测试", "a/b测试|ab测试|a/b test|a/b tests|a/b testing|ab test|ab testing|ab实验|a/b实验|实验设计|experiment design|灰度实验", "data product operations", "domain"],
  ["spark", "Spark", "", "=Spark|spark sql|pyspark|spark streaming|spark计算", "data backend", "tech"],
  ["hadoop", "Hadoop", "", "hadoop|hdfs|mapreduce|yarn集群", "data backend", "tech"],
  ["hive", "Hive", "", "=Hive|hive sql|hql", "data", "tech"],
  ["flink", "Flink", "", "flink|实时计算|流计算|stream processing|real-time computing", "data backend", "tech"],
  ["data-warehouse", "Data warehousing", "数据仓库", "数据仓库|数仓|数据建模|维度建模|data warehouse|data warehousing|data modeling|dimensional modeling|数据湖|data lake", "data", "domain"],
  ["etl", "ETL / data pipelines", "ETL/数据管道", "etl|数据清洗|数据管道|data pipeline|data pipelines|data cleaning|airflow|dolphinscheduler|数据治理|data governance", "data backend", "domain"],
  ["data-mining", "Data mining", "数据挖掘", "数据挖掘|data mining|聚类|clustering|关联分析", "data", "domain"],
  ["user-profiling", "User personas", "用户画像", "用户画像|user persona|user personas|persona|personas|user profiling|用户分层|user segmentation|rfm", "data product operations design", "domain"],
  ["clickhouse", "ClickHouse", "", "clickhouse|doris|starrocks|presto|trino", "data backend", "tech"],
  ["metrics", "Metrics systems", "指标体系", "指标体系|北极星指标|metrics system|north star metric|kpi体系|指标拆解|metric design", "data product operations", "domain"],
  ["feature-engineering", "Feature engineering", "特征工程", "特征工程|feature engineering|特征选择|feature selection", "data", "domain"],
  ["spss", "SPSS/SAS", "", "spss|sas|stata|eviews", "data", "tool"],
  ["matlab", "MATLAB", "", "matlab", "data", "tool"],
  ["data-visualization", "Data visualization", "数据可视化", "数据可视化|可视化|data visualization|data visualisation|visualization", "data frontend", "domain"],
  // —— Product ——
  ["product-management", "Product management", "产品经理", "产品经理|产品管理|product manager|product management|product owner|=PM", "product", "domain"],
  ["prd", "PRD writing", "PRD/需求文档", "prd|需求文档|产品需求文档|product requirements document|product requirement document|mrd|brd|product spec", "product", "domain"],
  ["requirements", "Requirements analysis", "需求分析", "需求分析|需求调研|需求管理|需求挖掘|requirements analysis|requirement analysis|requirements gathering|user story|user stories|用户故事", "product", "domain"],
  ["user-research", "User research", "用户研究", "用户研究|用户调研|用户访谈|可用性测试|问卷调查|user research|user interview|user interviews|usability testing|usability test|survey|surveys", "product design operations", "domain"],
  ["competitive-analysis", "Competitive analysis", "竞品分析", "竞品分析|竞品调研|competitive analysis|competitor analysis|competitive research", "product operations", "domain"],
  ["prototyping", "Prototyping", "原型设计", "原型|原型设计|线框图|prototype|prototypes|prototyping|wireframe|wireframes|wireframing", "product design", "domain"],
  ["axure", "Axure", "", "axure|墨刀|modao|xmind|visio|processon", "product", "tool"],
  ["roadmap", "Product strategy & roadmap", "产品规划", "产品规划|产品策略|产品路线图|roadmap|product roadmap|product strategy|product vision", "product", "domain"],
  ["project-management", "Project management", "项目管理", "项目管理|project management|pmp|敏捷开发|敏捷|agile|scrum|迭代管理|项目推进|sprint", "product backend general", "domain"],
  ["jira", "Jira/Confluence", "", "jira|confluence|tapd|飞书项目|teambition|notion", "product backend", "tool"],
  ["b2b-product", "B2B / SaaS", "B 端/SaaS", "b端|tob|to b|saas|b2b|企业服务|enterprise software|paas", "product sales", "domain"],
  ["b2c-product", "Consumer (B2C) products", "C 端产品", "c端|toc|to c|b2c|consumer product|consumer products|消费级产品", "product operations", "domain"],
  ["commercialization", "Monetization", "商业化", "商业化|变现|monetization|monetisation|商业模式|business model|广告产品|付费转化|pricing strategy|定价策略", "product operations sales", "domain"],
  ["growth", "Growth", "用户增长", "用户增长|增长黑客|增长策略|growth hacking|growth strategy|user growth|拉新|获客|user acquisition|裂变", "product operations", "domain"],
  ["retention", "Retention", "用户留存", "留存|留存率|用户留存|retention|churn|流失率|促活|活跃度|engagement", "product operations data", "domain"],
  ["data-driven", "Data-driven decisions", "数据驱动", "数据驱动|data-driven|data driven|数据决策|埋点|event tracking|tracking plan", "product operations data", "domain"],
  ["ecommerce", "E-commerce", "电商", "电商|电子商务|e-commerce|ecommerce|gmv|sku|交易链路|供应链|supply chain", "product operations sales", "domain"],
  ["ai-product", "AI products", "AI 产品", "ai产品|ai product|ai products|智能产品|ai应用|ai application", "product", "domain"],
  // —— Design ——
  ["ui-design", "UI design", "UI 设计", "ui设计|ui design|界面设计|interface design|gui设计|app设计|ui/ux|ui", "design", "domain"],
  ["ux-design", "UX design", "用户体验设计", "ux|ux设计|ux design|用户体验|体验设计|user experience|experience design", "design product", "domain"],
  ["interaction-design", "Interaction design", "交互设计", "交互设计|交互|interaction design|ixd|交互原型|user flow|user flows|用户流程", "design product", "domain"],
  ["visual-design", "Visual design", "视觉设计", "视觉设计|平面设计|visual design|graphic design|排版|typography|版式设计|色彩", "design", "domain"],
  ["figma", "Figma", "", "figma|mastergo|即时设计|pixso|adobe xd", "design product", "tool"],
  ["sketch", "Sketch", "", "=Sketch|sketch软件", "design", "tool"],
  ["photoshop", "Photoshop", "", "photoshop|=PS|adobe photoshop", "design operations", "tool"],
  ["illustrator", "Illustrator", "", "illustrator|adobe illustrator", "design", "tool"],
  ["motion-design", "Motion design", "动效设计", "动效|动效设计|motion design|after effects|=AE|lottie|=Principle|微交互|micro-interaction|micro-interactions", "design", "domain"],
  ["design-system", "Design systems", "设计系统", "设计系统|设计规范|design system|design systems|design tokens|设计语言|design guidelines", "design frontend", "domain"],
  ["brand-design", "Brand design", "品牌设计", "品牌设计|品牌视觉|vi设计|logo设计|brand design|branding|brand identity|visual identity", "design operations", "domain"],
  ["3d-design", "3D design", "3D 设计", "c4d|cinema 4d|blender|3d建模|3d设计|3d modeling|3d design|keyshot", "design", "tool"],
  ["information-architecture", "Information architecture", "信息架构", "信息架构|information architecture|导航设计|navigation design", "design product", "domain"],
  ["design-thinking", "Design thinking", "设计思维", "设计思维|design thinking|双钻模型|double diamond", "design product", "domain"],
  ["illustration", "Illustration", "插画", "插画|illustration|illustrations|手绘", "design", "domain"],
  ["usability", "Usability heuristics", "可用性评估", "可用性|启发式评估|heuristic evaluation|usability|尼尔森", "design product", "domain"],
  // —— Operations / marketing ——
  ["user-operations", "User operations", "用户运营", "用户运营|会员运营|用户生命周期|user operations|user lifecycle|lifecycle marketing|会员体系|积分体系|loyalty program", "operations", "domain"],
  ["content-operations", "Content operations", "内容运营", "内容运营|内容策划|内容策略|选题|content operations|content strategy|content planning|editorial", "operations", "domain"],
  ["social-media", "Social media", "新媒体", "新媒体|新媒体运营|公众号|微信公众号|小红书|抖音|微博|视频号|b站|bilibili|自媒体|social media|social media marketing|tiktok|instagram|facebook", "operations", "domain"],
  ["short-video", "Short video & live streaming", "短视频/直播", "短视频|直播|直播带货|short video|short videos|short-form video|live streaming|livestreaming|live commerce|剪映|premiere", "operations", "domain"],
  ["community", "Community management", "社群运营", "社群|社群运营|私域|私域流量|企业微信|企微|community management|community operations|community building|private traffic", "operations", "domain"],
  ["event", "Event & campaign planning", "活动策划", "活动运营|活动策划|营销活动|线下活动|event planning|event operations|campaign|campaigns|campaign planning", "operations sales", "domain"],
  ["seo", "SEO/SEM", "", "seo|sem|搜索引擎优化|搜索引擎营销|search engine optimization|search engine marketing|竞价推广|aso", "operations", "domain"],
  ["marketing", "Marketing", "市场营销", "市场营销|营销|品牌推广|整合营销|数字营销|marketing|digital marketing|brand marketing|go-to-market|gtm|市场推广", "operations sales", "domain"],
  ["copywriting", "Copywriting", "文案", "文案|文案撰写|撰稿|copywriting|copywriter|content writing|写作", "operations design", "domain"],
  ["ecommerce-operations", "E-commerce operations", "电商运营", "电商运营|店铺运营|淘宝|天猫|京东|拼多多|亚马逊|shopify|amazon seller|tiktok shop|抖店", "operations", "domain"],
  ["advertising", "Paid advertising", "广告投放", "广告投放|投放|信息流|巨量引擎|巨量千川|千川|广点通|paid ads|paid advertising|paid media|performance marketing|google ads|facebook ads|meta ads|roi优化", "operations", "domain"],
  ["conversion", "Conversion & funnels", "转化/漏斗分析", "转化率|转化|漏斗|漏斗分析|conversion rate|conversion|funnel|funnels|funnel analysis|cro", "operations product data", "domain"],
  ["kol", "Influencer marketing", "达人/KOL 合作", "kol|koc|达人|达人合作|influencer|influencers|influencer marketing|网红|种草", "operations", "domain"],
  ["public-relations", "Public relations", "公关", "公关|public relations|媒体关系|media relations|危机公关|crisis communication|新闻稿|press release", "operations", "domain"],
  ["overseas", "International markets", "海外市场", "海外市场|出海|海外业务|overseas|international market|international markets|global market|global markets|cross-border|跨境", "operations sales", "domain"],
  // —— Sales / business ——
  ["key-accounts", "Key account sales", "大客户销售", "大客户|大客户销售|ka客户|key account|key accounts|enterprise sales|b2b sales|解决方案销售|solution selling|顾问式销售|consultative selling", "sales", "domain"],
  ["business-development", "Business development", "商务拓展", "商务拓展|商务合作|bd|business development|partnership|partnerships|战略合作|strategic partnership", "sales operations", "domain"],
  ["channel", "Channel management", "渠道管理", "渠道|渠道管理|渠道拓展|分销|代理商|经销商|channel sales|channel management|channel partners|distributor|distributors|reseller|resellers", "sales operations", "domain"],
  ["negotiation", "Negotiation", "商务谈判", "谈判|商务谈判|negotiation|negotiations|negotiating", "sales", "soft"],
  ["customer-success", "Customer success", "客户成功", "客户成功|续费|续约|客户维护|客户关系维护|customer success|renewal|renewals|account management|upsell|增购", "sales", "domain"],
  ["lead-generation", "Lead generation", "线索/获客", "线索|销售线索|陌拜|电话销售|lead generation|cold calling|cold call|cold outreach|prospecting|outbound", "sales", "domain"],
  ["pipeline", "Pipeline & forecasting", "销售漏斗/预测", "销售漏斗|商机管理|销售预测|sales pipeline|pipeline management|forecast|forecasting|sales forecast", "sales", "domain"],
  ["crm", "CRM", "", "crm|salesforce|hubspot|客户关系管理|纷享销客|销售易", "sales operations", "tool"],
  ["bidding", "Bids & tenders", "招投标", "招投标|投标|标书|bidding|tender|tenders|rfp|rfq", "sales", "domain"],
  ["presales", "Pre-sales / solutions", "售前/解决方案", "售前|解决方案|pre-sales|presales|solution consultant|solutions engineer|poc", "sales", "domain"],
  ["sales-performance", "Sales targets", "销售业绩", "业绩|销售额|销售目标|回款|签约额|quota|sales target|revenue target|closed deals|成交", "sales", "domain"],
  ["customer-service", "Customer service", "客户服务", "客服|客户服务|customer service|customer support|售后|after-sales", "sales operations general", "domain"],
  ["presentation", "Presentation", "演讲与汇报", "演讲|汇报|路演|presentation|presentations|public speaking|pitch|pitching", "sales product general", "soft"],
  // —— General / HR / soft skills ——
  ["communication", "Communication", "沟通能力", "沟通|沟通能力|跨部门沟通|跨团队协作|communication|communication skills|cross-functional|stakeholder management|协调", "general", "soft"],
  ["teamwork", "Teamwork", "团队合作", "团队合作|团队协作|teamwork|collaboration|collaborative|team player", "general", "soft"],
  ["leadership", "Leadership", "领导力/团队管理", "领导力|团队管理|带团队|带领团队|管理团队|leadership|team management|people management|team lead|mentoring|mentorship", "general", "soft"],
  ["english", "English", "英语", "英语|英文|english|cet-6|cet6|cet-4|cet4|六级|四级|专八|tem-8|ielts|雅思|toefl|托福", "general", "soft"],
  ["japanese", "Japanese", "日语", "日语|japanese|jlpt", "general", "soft"],
  ["problem-solving", "Problem solving", "问题解决", "问题解决|解决问题|problem solving|problem-solving|troubleshooting", "general", "soft"],
  ["learning-ability", "Learning agility", "学习能力", "学习能力|快速学习|自驱|learning agility|quick learner|fast learner|self-motivated|self-driven", "general", "soft"],
  ["resilience", "Working under pressure", "抗压能力", "抗压|抗压能力|work under pressure|working under pressure|resilience|resilient", "general", "soft"],
  ["ownership", "Ownership", "责任心/结果导向", "责任心|结果导向|owner意识|ownership|result-oriented|results-oriented|results-driven|accountability", "general", "soft"],
  ["analytical-thinking", "Analytical thinking", "逻辑思维", "逻辑思维|逻辑能力|分析能力|analytical thinking|analytical skills|logical thinking|critical thinking", "general", "soft"],
  ["office", "Office suite", "办公软件", "办公软件|ms office|microsoft office|office办公|powerpoint|=PPT|ppt制作|=Word|wps|keynote|google workspace", "general operations sales", "tool"],
  ["recruiting", "Recruiting", "招聘", "招聘|校园招聘|社会招聘|recruiting|recruitment|talent acquisition|猎头|headhunting|sourcing|面试安排", "general", "domain"],
  ["hr-management", "HR management", "人力资源管理", "人力资源|人力资源管理|人事|hrbp|hrm|human resources|hr business partner|组织发展|organization development", "general", "domain"],
  ["performance-management", "Performance management", "绩效管理", "绩效管理|绩效考核|绩效|performance management|performance review|performance reviews|okr|okrs|kpi|kpis", "general", "domain"],
  ["compensation", "Compensation & benefits", "薪酬福利", "薪酬|薪酬福利|薪资核算|社保|公积金|compensation|compensation and benefits|c&b|payroll|benefits administration", "general", "domain"],
  ["training", "Training & development", "培训发展", "培训|培训体系|员工培训|人才发展|training and development|learning and development|corporate training|l&d", "general", "domain"],
  ["employee-relations", "Employee relations", "员工关系", "员工关系|劳动法|劳动合同|劳动仲裁|employee relations|labor law|labour law|employment law", "general", "domain"],
  ["finance", "Financial analysis", "财务分析", "财务分析|财务报表|预算|成本控制|financial analysis|financial statements|budgeting|cost control|financial modeling", "general data", "domain"],
  ["administration", "Administration", "行政管理", "行政|行政管理|行政事务|administration|administrative|office management|会务", "general", "domain"],
];

/** "a/b测试" also matches "A/B 测试": a space may sit where Latin meets Chinese. */
function aliasVariants(alias: string): string[] {
  const spaced = alias
    .replace(/([a-z0-9+#/])([\u3400-\u9fff])/gi, "$1 $2")
    .replace(/([\u3400-\u9fff])([a-z0-9])/gi, "$1 $2");
  return spaced === alias || alias.startsWith("=") ? [alias] : [alias, spaced];
}

export const SKILLS: readonly Skill[] = ROWS.map(([id, en, zh, aliases, families, kind]) => ({
  id,
  en,
  zh: zh || en,
  aliases: aliases.split("|").flatMap(aliasVariants),
  families: families.split(" ") as RoleFamily[],
  kind,
}));
export const SKILL_BY_ID: ReadonlyMap<string, Skill> = new Map(SKILLS.map((s) => [s.id, s]));

/** What the role usually asks for when only the target role is known. */
export const FAMILY_CORE_SKILLS: Record<RoleFamily, readonly string[]> = {
  frontend: ["javascript", "typescript", "html", "css", "react", "vue", "webpack", "performance", "network", "git"],
  backend: [
    "java",
    "mysql",
    "redis",
    "message-queue",
    "microservices",
    "linux",
    "docker",
    "system-design",
    "concurrency",
    "distributed",
  ],
  product: [
    "prd",
    "requirements",
    "user-research",
    "competitive-analysis",
    "prototyping",
    "data-analysis",
    "project-management",
    "roadmap",
    "ab-testing",
  ],
  data: ["sql", "python", "excel", "statistics", "data-analysis", "bi-reporting", "ab-testing", "metrics", "tableau"],
  design: [
    "figma",
    "ui-design",
    "ux-design",
    "interaction-design",
    "visual-design",
    "design-system",
    "user-research",
    "prototyping",
  ],
  operations: [
    "user-operations",
    "content-operations",
    "event",
    "social-media",
    "data-analysis",
    "conversion",
    "growth",
    "copywriting",
    "excel",
  ],
  sales: [
    "key-accounts",
    "business-development",
    "negotiation",
    "customer-success",
    "crm",
    "lead-generation",
    "pipeline",
    "presentation",
  ],
  general: [
    "communication",
    "teamwork",
    "office",
    "excel",
    "problem-solving",
    "recruiting",
    "hr-management",
    "ownership",
  ],
};

export const skillLabel = (skill: Skill, locale: "zh-CN" | "en"): string => (locale === "en" ? skill.en : skill.zh);

/** Text folded for matching, with a map from folded offsets back to source offsets. */
export interface FoldedText {
  source: string;
  /** NFKC, case kept. */
  nfkc: string;
  /** NFKC, lower case; same length as nfkc. */
  lower: string;
  /** Source offset of each folded offset (plus one entry for the end). */
  map: number[];
  boundaries: Set<number>;
}

export function foldText(source: string): FoldedText {
  let nfkc = "";
  let lower = "";
  const map: number[] = [];
  let i = 0;
  for (const ch of source) {
    const n = ch.normalize("NFKC");
    const l = n.toLowerCase();
    const low = l.length === n.length ? l : n;
    nfkc += n;
    lower += low;
    for (let k = 0; k < n.length; k++) map.push(i);
    i += ch.length;
  }
  map.push(source.length);
  return { source, nfkc, lower, map, boundaries: segmentBoundaries(lower) };
}

const isLatinOrDigit = (c: string | undefined): boolean => c !== undefined && /[a-z0-9]/i.test(c);
const isLetter = (c: string | undefined): boolean => c !== undefined && /[a-z_]/i.test(c);

/** Where an alias first occurs in folded text, on word boundaries. Returns folded offsets [start, end). */
export function findAlias(ft: FoldedText, alias: string): [number, number] | undefined {
  return findAliasAll(ft, alias)[0];
}

/** Every occurrence of an alias in folded text, on word boundaries, as folded offsets [start, end). */
export function findAliasAll(ft: FoldedText, alias: string): [number, number][] {
  const found: [number, number][] = [];
  const caseSensitive = alias.startsWith("=");
  const needle = caseSensitive ? alias.slice(1) : alias.toLowerCase();
  const hay = caseSensitive ? ft.nfkc : ft.lower;
  if (!needle) return found;
  const first = needle[0]!;
  const last = needle[needle.length - 1]!;
  let from = 0;
  for (;;) {
    const at = hay.indexOf(needle, from);
    if (at < 0) return found;
    from = at + 1;
    let end = at + needle.length;
    // Start boundary.
    if (hasCjk(first)) {
      if (!ft.boundaries.has(at)) continue;
    } else if (isLatinOrDigit(first)) {
      const prev = hay[at - 1];
      if (
        isLatinOrDigit(prev) ||
        prev === "." ||
        prev === "_" ||
        prev === "-" ||
        prev === "@" ||
        prev === "#" ||
        prev === "+"
      )
        continue;
    }
    // End boundary: a trailing version (Vue3, HTML5, Python3.11) belongs to the word.
    if (hasCjk(last)) {
      if (!ft.boundaries.has(end)) continue;
    } else if (isLatinOrDigit(last) || last === "+" || last === "#") {
      if (/[a-z]/i.test(last)) {
        while (/[0-9]/.test(hay[end] ?? "")) end++;
        while (hay[end] === "." && /[0-9]/.test(hay[end + 1] ?? "")) {
          end++;
          while (/[0-9]/.test(hay[end] ?? "")) end++;
        }
      }
      const next = hay[end];
      if (isLetter(next)) continue;
      if (/[0-9]/.test(last) && /[0-9]/.test(next ?? "")) continue;
      if ((next === "-" || next === ".") && isLetter(hay[end + 1])) continue;
      if ((last === "+" || last === "#") && (next === "+" || next === "#")) continue;
      if (next === ":" && hay[end + 1] === "/") continue; // https://…
    }
    found.push([at, end]);
  }
}

export interface SkillHit {
  skill: Skill;
  /** The words as written in the source. */
  quote: string;
  /** Offset in the source. */
  index: number;
}

/**
 * Skills found in a text, ordered by first occurrence (then by lexicon order). An occurrence inside a
 * longer match of another skill does not count ("BI" inside "Power BI", "Java" inside "Java Script").
 */
export function findSkills(ft: FoldedText): SkillHit[] {
  return skillOccurrences(ft, false);
}

/** Every occurrence of every skill (not only the first), with the same rules as findSkills. */
export function findAllSkillOccurrences(ft: FoldedText): SkillHit[] {
  return skillOccurrences(ft, true);
}

function skillOccurrences(ft: FoldedText, all: boolean): SkillHit[] {
  const occurrences: { skill: Skill; order: number; start: number; end: number }[] = [];
  SKILLS.forEach((skill, order) => {
    for (const alias of skill.aliases) {
      for (const [start, end] of findAliasAll(ft, alias)) occurrences.push({ skill, order, start, end });
    }
  });
  const covered = (o: (typeof occurrences)[number]) =>
    occurrences.some(
      (x) => x.skill !== o.skill && x.start <= o.start && x.end >= o.end && x.end - x.start > o.end - o.start,
    );
  const best = new Map<string, (typeof occurrences)[number]>();
  const kept: (typeof occurrences)[number][] = [];
  for (const o of occurrences) {
    if (covered(o)) continue;
    kept.push(o);
    const b = best.get(o.skill.id);
    if (!b || o.start < b.start || (o.start === b.start && o.end > b.end)) best.set(o.skill.id, o);
  }
  return (all ? kept : [...best.values()])
    .sort((a, b) => a.start - b.start || a.order - b.order)
    .map((o) => {
      const start = ft.map[o.start]!;
      const end = ft.map[o.end] ?? ft.source.length;
      return { skill: o.skill, quote: ft.source.slice(start, end), index: start };
    });
}

/** Data analysis, data engineering, data science and machine learning. */
import { defineBank } from "./types";

export const DATA = defineBank("data", [
  {
    c: "technical",
    d: 2,
    tags: ["sql"],
    zh: [
      "SQL 中 WHERE 和 HAVING 有什么区别？窗口函数有哪些典型用法？",
      "SQL 是数据岗位的基本功，窗口函数是区分熟练度的关键。",
      "1) WHERE 在分组前过滤行，HAVING 在分组后过滤聚合结果；2) 执行顺序：FROM → WHERE → GROUP BY → HAVING → SELECT → ORDER BY；3) 窗口函数：ROW_NUMBER/RANK/DENSE_RANK 做分组 TopN，LAG/LEAD 算环比和间隔，SUM() OVER 算累计值；4) 举例写出「每个部门薪资前三」的查询。",
    ],
    en: [
      "What's the difference between WHERE and HAVING, and what are typical uses of window functions?",
      "SQL is the core skill for data roles; window functions separate competent from fluent.",
      "1) WHERE filters rows before grouping, HAVING filters aggregates after; 2) logical order: FROM → WHERE → GROUP BY → HAVING → SELECT → ORDER BY; 3) windows: ROW_NUMBER/RANK/DENSE_RANK for top-N per group, LAG/LEAD for period-over-period and gaps, SUM() OVER for running totals; 4) write 'top three salaries per department'.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["sql", "retention"],
    zh: [
      "如何用 SQL 计算用户的次日留存率和 7 日留存率？",
      "高频笔试题，考察业务指标的 SQL 实现能力。",
      "1) 确定新增用户（首次活跃日期）作为 cohort；2) 用户活跃表自关联或 LEFT JOIN，条件为活跃日期 = 首日 + 1 / + 7；3) 按首日分组，留存用户数 / 新增用户数；4) 注意去重、时区、口径（活跃的定义）；5) 数据量大时的性能优化。",
    ],
    en: [
      "How would you compute day-1 and day-7 retention in SQL?",
      "A frequent written-test question: implementing business metrics in SQL.",
      "1) Define the cohort by first active date; 2) self-join or LEFT JOIN the activity table on active_date = first_date + 1 / + 7; 3) group by first date: retained ÷ new users; 4) watch for duplicates, time zones and the definition of 'active'; 5) performance on large tables.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["data-analysis", "metrics"],
    zh: [
      "某核心指标（如 GMV）环比下降了 15%，你会如何分析？",
      "经典的异动分析题，考察结构化拆解和业务理解。",
      "1) 确认数据准确性（口径、埋点、ETL 延迟）；2) 判断是否正常波动（同比、季节性、节假日）；3) 指标公式拆解：GMV = 访客 × 转化率 × 客单价；4) 维度下钻：渠道、品类、地区、新老用户，找贡献最大的维度；5) 结合业务事件（活动、价格、竞品）给出原因和建议。",
    ],
    en: [
      "A core metric such as GMV drops 15% month-on-month. How do you analyse it?",
      "The classic anomaly question: structured decomposition plus business sense.",
      "1) Verify the data (definitions, tracking, ETL delays); 2) check for normal variation (year-on-year, seasonality, holidays); 3) decompose: GMV = visitors × conversion × order value; 4) drill down by channel, category, region, new vs returning to find the biggest contributor; 5) link to business events (campaigns, pricing, competitors) and recommend actions.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["ab-testing", "statistics"],
    zh: [
      "A/B 测试的原理是什么？如何计算样本量？p 值代表什么？",
      "实验是数据驱动决策的核心工具，考察统计基础。",
      "1) 随机分组控制变量，比较指标差异；2) 原假设与备择假设、显著性水平 α、统计功效 1-β；3) 样本量取决于基线转化率、最小可检测效应、α 和 β；4) p 值：原假设为真时观察到当前或更极端结果的概率，不是「方案有效的概率」；5) 常见问题：多重检验、提前停止、辛普森悖论。",
    ],
    en: [
      "How does A/B testing work? How do you size a sample, and what does a p-value mean?",
      "Experiments are central to data-driven decisions; tests statistical foundations.",
      "1) Random assignment isolates the change; compare metrics; 2) null vs alternative hypotheses, significance α, power 1−β; 3) sample size depends on the baseline rate, minimum detectable effect, α and β; 4) a p-value is the probability of a result at least this extreme if the null is true — not the probability the variant works; 5) pitfalls: multiple comparisons, peeking, Simpson's paradox.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["ab-testing", "statistics"],
    zh: [
      "A/B 实验结果显示新方案显著提升了点击率，但你怀疑结论有问题，可能有哪些原因？",
      "考察实验分析的严谨性。",
      "1) 分流不均（SRM 检验）；2) 新奇效应或首因效应，实验周期太短；3) 多指标/多次查看导致假阳性；4) 网络效应或实验组之间相互干扰；5) 点击率提升但核心指标（转化、留存）未提升，需看护栏指标；6) 分群结果方向相反（辛普森悖论）。",
    ],
    en: [
      "An A/B test shows a significant lift in click-through, but you suspect the conclusion. What could be wrong?",
      "Tests rigour in experiment analysis.",
      "1) Sample ratio mismatch; 2) novelty or primacy effects, too short a run; 3) false positives from many metrics or repeated peeking; 4) network effects or interference between groups; 5) clicks up while conversion or retention didn't move — check guardrails; 6) segments moving in opposite directions (Simpson's paradox).",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["metrics"],
    zh: [
      "如何为一个业务搭建指标体系？",
      "考察从业务目标到数据指标的系统化思维。",
      "1) 理解业务模式和目标，确定北极星指标；2) OSM 模型（目标-策略-度量）或 AARRR 拆解；3) 分层：一级核心指标、二级过程指标、三级明细；4) 统一口径、维度和数据字典；5) 落地到看板、监控和周报，并定期评审。",
    ],
    en: [
      "How do you build a metrics system for a business?",
      "Tests systematic thinking from business goals to metrics.",
      "1) Understand the business model and pick a north-star metric; 2) decompose with OSM (objective–strategy–measure) or AARRR; 3) tiers: core, process, detail; 4) unify definitions, dimensions and a data dictionary; 5) put it into dashboards, monitoring and weekly reviews.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["statistics"],
    zh: [
      "什么是辛普森悖论？在实际分析中如何避免被误导？",
      "考察统计思维，业务分析中经常出现。",
      "1) 定义：分组时各组趋势一致，合并后趋势相反；2) 原因：混杂变量和各组样本构成不同；3) 例子：两个渠道转化率；4) 避免：按关键维度分层分析、关注样本结构、实验随机化。",
    ],
    en: [
      "What is Simpson's paradox, and how do you avoid being misled by it?",
      "Tests statistical thinking; it shows up often in business analysis.",
      "1) Definition: a trend holds within every group but reverses when combined; 2) cause: a confounder and different group mixes; 3) an example with two channels' conversion rates; 4) avoid it by stratifying on key dimensions, checking composition and randomising.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["statistics"],
    zh: [
      "相关性和因果性有什么区别？如何从数据中推断因果？",
      "避免「数据说这样就一定有效」的错误结论。",
      "1) 相关不等于因果：混杂变量、反向因果、巧合；2) 黄金标准：随机对照实验；3) 观察性数据方法：双重差分（DID）、倾向得分匹配（PSM）、断点回归、工具变量；4) 结合业务逻辑判断；5) 举一个业务例子。",
    ],
    en: [
      "What's the difference between correlation and causation, and how can you infer causation from data?",
      "Guards against 'the data says so, so it works' conclusions.",
      "1) Correlation isn't causation: confounders, reverse causality, chance; 2) the gold standard is a randomised experiment; 3) with observational data: difference-in-differences, propensity score matching, regression discontinuity, instrumental variables; 4) sanity-check with business logic; 5) a business example.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["python", "pandas"],
    zh: [
      "你用 Python（pandas）做数据清洗时通常处理哪些问题？",
      "考察数据处理的实操能力。",
      "1) 缺失值：删除、填充（均值/中位数/前向填充）并说明依据；2) 重复值与异常值（箱线图、3σ、业务规则）；3) 类型转换、日期解析、字符串清洗；4) merge/groupby/pivot_table 的使用；5) 大数据量下的性能（向量化、分块读取）。",
    ],
    en: [
      "What do you typically deal with when cleaning data in Python/pandas?",
      "Tests hands-on data wrangling.",
      "1) Missing values: drop or impute (mean, median, forward fill) with a reason; 2) duplicates and outliers (box plots, 3σ, business rules); 3) type conversion, date parsing, string cleanup; 4) merge, groupby, pivot_table; 5) performance at scale (vectorisation, chunked reads).",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["bi-reporting", "data-visualization", "tableau", "powerbi"],
    zh: [
      "如何设计一个给管理层看的数据看板？",
      "考察数据表达能力：看板要服务决策，而不是堆图表。",
      "1) 明确受众和他们要做的决策；2) 关键指标放最显眼处，配目标值和同环比；3) 从总到分的层级和下钻路径；4) 图表选择（趋势用折线、构成用堆叠、对比用柱状），避免花哨；5) 数据口径说明、更新频率和异常提示。",
    ],
    en: [
      "How would you design a dashboard for senior management?",
      "Tests data communication: a dashboard should serve decisions, not pile up charts.",
      "1) Know the audience and the decisions they make; 2) key metrics most prominent, with targets and period comparisons; 3) top-down hierarchy and drill-down paths; 4) the right chart for the job (lines for trends, stacks for composition, bars for comparison), nothing decorative; 5) definitions, refresh cadence and anomaly flags.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["user-profiling", "data-mining"],
    zh: [
      "如何做用户分群？RFM 模型是什么？",
      "用户分层是精细化运营的基础，数据分析师常见需求。",
      "1) RFM：最近一次消费（Recency）、消费频次（Frequency）、消费金额（Monetary）；2) 按分位数或业务阈值打分，组合出重要价值、重要挽留等人群；3) 其他方法：生命周期分层、聚类（K-Means）；4) 每类人群的运营策略；5) 效果跟踪。",
    ],
    en: [
      "How do you segment users? What is the RFM model?",
      "Segmentation underpins targeted operations; a common analyst request.",
      "1) RFM: recency, frequency, monetary value; 2) score by quantiles or business thresholds and combine into segments such as high-value or at-risk; 3) other methods: lifecycle stages, clustering (k-means); 4) a strategy for each segment; 5) track the results.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["data-analysis", "conversion"],
    zh: [
      "如何做漏斗分析？发现某一步转化率低之后怎么办？",
      "考察转化分析方法和落地能力。",
      "1) 定义关键路径和每步事件，统一时间窗口；2) 计算各步转化与整体转化；3) 分维度对比（渠道、设备、新老用户）定位问题人群；4) 结合用户行为路径和定性反馈找原因；5) 提出优化假设并用实验验证。",
    ],
    en: [
      "How do you run a funnel analysis, and what do you do when one step converts poorly?",
      "Tests conversion analysis and follow-through.",
      "1) Define the path, the event for each step and a time window; 2) compute step and overall conversion; 3) compare by channel, device, new vs returning to find the problem segment; 4) use path analysis and qualitative feedback to find causes; 5) form hypotheses and test them.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["data-warehouse", "etl"],
    zh: [
      "数据仓库为什么要分层？ODS、DWD、DWS、ADS 各层的作用是什么？",
      "数据开发/数仓岗位必问，考察数据建模能力。",
      "1) 分层目的：解耦、复用、口径统一、问题定位；2) ODS 贴源层、DWD 明细层（清洗、维度退化）、DWS 汇总层（主题宽表）、ADS 应用层；3) 维度建模：事实表与维度表、星型与雪花模型；4) 缓慢变化维（拉链表）；5) 数据质量监控。",
    ],
    en: [
      "Why layer a data warehouse? What do the ODS, DWD, DWS and ADS layers do?",
      "A must-ask for data engineering roles: data modelling.",
      "1) Layers decouple, enable reuse, unify definitions and make issues traceable; 2) ODS mirrors sources, DWD holds cleaned detail, DWS subject-level aggregates, ADS application outputs; 3) dimensional modelling: facts vs dimensions, star vs snowflake; 4) slowly changing dimensions (zipper tables); 5) data quality monitoring.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["spark", "hive", "hadoop"],
    zh: [
      "Spark/Hive 任务中的数据倾斜是怎么产生的？如何解决？",
      "大数据开发高频问题，考察实战调优经验。",
      "1) 现象：少数 task 运行极慢；2) 原因：join 或 group by 的 key 分布不均（空值、热点 key）；3) 解决：过滤/打散空值、加盐两阶段聚合、大小表 map join（广播）、热点 key 单独处理；4) 参数调优（AQE 自适应）；5) 一次实际优化的前后耗时。",
    ],
    en: [
      "What causes data skew in Spark/Hive jobs and how do you fix it?",
      "A frequent big-data question testing real tuning experience.",
      "1) Symptom: a few tasks run far longer than the rest; 2) cause: uneven key distribution in joins or group-bys (nulls, hot keys); 3) fixes: filter or scatter nulls, salting with two-stage aggregation, broadcast joins for small tables, handling hot keys separately; 4) adaptive query execution; 5) before/after runtimes from a real case.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["flink", "kafka"],
    zh: [
      "实时计算和离线计算有什么区别？Flink 如何保证 Exactly-Once？",
      "实时数仓越来越普遍，考察流处理原理。",
      "1) 离线：T+1、批量、准确；实时：低延迟、需处理乱序和状态；2) Flink 的事件时间、水位线（Watermark）和窗口；3) Checkpoint 基于分布式快照保存状态；4) 端到端 Exactly-Once 需要可重放的 Source 和两阶段提交的 Sink；5) Lambda 与 Kappa 架构。",
    ],
    en: [
      "How does real-time computation differ from batch, and how does Flink achieve exactly-once?",
      "Real-time warehouses are increasingly common; tests stream-processing fundamentals.",
      "1) Batch: T+1, bulk, accurate; streaming: low latency, late and out-of-order data, state; 2) event time, watermarks and windows; 3) checkpoints as distributed snapshots of state; 4) end-to-end exactly-once needs replayable sources and two-phase-commit sinks; 5) Lambda vs Kappa architectures.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["etl"],
    zh: [
      "你如何保障数据质量？发现报表数据错误时如何排查？",
      "数据错了比没有数据更糟糕，考察数据治理意识。",
      "1) 质量维度：完整性、准确性、一致性、及时性；2) 监控：行数波动、空值率、主键唯一、跨表对账；3) 排查：沿数据血缘从报表回溯到源头；4) 修复后回刷数据并通知使用方；5) 建立上线规范和告警。",
    ],
    en: [
      "How do you ensure data quality, and how do you trace a wrong number in a report?",
      "Wrong data is worse than no data; tests data governance habits.",
      "1) Dimensions: completeness, accuracy, consistency, timeliness; 2) checks: row-count swings, null rates, key uniqueness, cross-table reconciliation; 3) trace lineage from the report back to the source; 4) backfill and tell consumers; 5) release standards and alerts.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["machine-learning"],
    zh: [
      "什么是过拟合？如何判断和解决？",
      "机器学习基础题，考察对模型泛化能力的理解。",
      "1) 训练集表现好、验证集差；2) 判断：学习曲线、交叉验证；3) 解决：增加数据、数据增强、正则化（L1/L2）、降低模型复杂度、早停、Dropout、集成；4) 偏差-方差权衡；5) 欠拟合的对应处理。",
    ],
    en: [
      "What is overfitting, and how do you detect and fix it?",
      "A machine-learning basic: understanding generalisation.",
      "1) Good on training data, poor on validation; 2) detect with learning curves and cross-validation; 3) fix with more data, augmentation, L1/L2 regularisation, simpler models, early stopping, dropout, ensembles; 4) the bias–variance trade-off; 5) what to do about underfitting.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["machine-learning"],
    zh: [
      "分类模型有哪些评估指标？正负样本极不均衡时怎么办？",
      "考察模型评估能力，样本不均衡在风控、推荐中非常普遍。",
      "1) 混淆矩阵、准确率、精确率、召回率、F1、AUC、KS；2) 根据业务代价选择指标（风控重召回、推荐重精确）；3) 不均衡：重采样（过采样/欠采样/SMOTE）、类别权重、调整阈值；4) 不均衡时准确率会误导；5) 线上指标与离线指标的一致性。",
    ],
    en: [
      "Which metrics evaluate a classifier, and what do you do when classes are highly imbalanced?",
      "Tests model evaluation; imbalance is everywhere in risk and recommendation.",
      "1) Confusion matrix, accuracy, precision, recall, F1, AUC, KS; 2) choose by business cost (risk favours recall, recommendations precision); 3) imbalance: resampling (over/under, SMOTE), class weights, threshold tuning; 4) accuracy misleads under imbalance; 5) consistency between offline and online metrics.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["machine-learning", "feature-engineering"],
    zh: [
      "讲讲 GBDT、XGBoost 和随机森林的区别，你在项目中如何做特征工程？",
      "树模型是表格数据的主力，考察原理和实践。",
      "1) 随机森林：Bagging，降方差；GBDT：Boosting，拟合残差降偏差；XGBoost：二阶导、正则化、列采样、工程优化；LightGBM：直方图、leaf-wise；2) 特征工程：业务特征构造、分箱、交叉、时间窗口统计、编码；3) 特征选择与重要性分析；4) 防止特征穿越（数据泄漏）。",
    ],
    en: [
      "How do GBDT, XGBoost and random forests differ, and how do you approach feature engineering?",
      "Tree ensembles dominate tabular data; tests principles and practice.",
      "1) Random forest: bagging reduces variance; GBDT: boosting fits residuals to reduce bias; XGBoost adds second-order gradients, regularisation, column sampling and engineering speed-ups; LightGBM uses histograms and leaf-wise growth; 2) features: business-driven features, binning, crosses, time-window aggregates, encodings; 3) selection and importance; 4) preventing leakage from the future.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["deep-learning", "nlp"],
    zh: [
      "Transformer 的核心结构是什么？自注意力为什么有效？",
      "大模型时代的基础问题，算法岗必问。",
      "1) 编码器-解码器结构、多头自注意力、前馈网络、残差与层归一化、位置编码；2) 自注意力通过 Q、K、V 计算任意位置之间的相关性，可并行、捕捉长距离依赖；3) 复杂度 O(n²) 及优化方向；4) BERT（编码器）与 GPT（解码器）的区别；5) 微调与提示学习。",
    ],
    en: [
      "What is the core structure of the Transformer, and why does self-attention work?",
      "A foundation question in the LLM era; a must for algorithm roles.",
      "1) Encoder–decoder, multi-head self-attention, feed-forward layers, residuals and layer norm, positional encoding; 2) attention relates any two positions through Q, K and V — parallel and good at long-range dependencies; 3) O(n²) cost and ways around it; 4) BERT (encoder) vs GPT (decoder); 5) fine-tuning vs prompting.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["recommender"],
    zh: [
      "推荐系统的整体架构是怎样的？召回和排序分别解决什么问题？",
      "推荐算法岗核心问题。",
      "1) 流程：召回 → 粗排 → 精排 → 重排；2) 召回：从海量物品中快速选出候选（协同过滤、向量召回、热门/规则），重覆盖和速度；3) 排序：精准预估点击/转化（CTR 模型、多目标），重准确；4) 重排：多样性、业务规则；5) 冷启动与评估（离线 AUC、线上 A/B）。",
    ],
    en: [
      "What does a recommender system's architecture look like? What do retrieval and ranking each solve?",
      "The core question for recommendation roles.",
      "1) Retrieval → pre-ranking → ranking → re-ranking; 2) retrieval quickly narrows millions of items to candidates (collaborative filtering, embeddings, popularity/rules) — coverage and speed; 3) ranking predicts clicks or conversions precisely (CTR and multi-task models); 4) re-ranking for diversity and business rules; 5) cold start and evaluation (offline AUC, online A/B).",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["statistics"],
    zh: [
      "解释一下置信区间和假设检验中的第一类、第二类错误。",
      "统计基础，数据分析师和数据科学家常考。",
      "1) 95% 置信区间：重复抽样时约 95% 的区间会包含真实值；2) 第一类错误（α）：原假设为真却拒绝（误报）；第二类错误（β）：原假设为假却未拒绝（漏报）；3) 两者的权衡与样本量的关系；4) 业务例子：实验误判上线的代价。",
    ],
    en: [
      "Explain confidence intervals and type I and type II errors.",
      "Statistics basics frequently tested for analysts and data scientists.",
      "1) A 95% interval: under repeated sampling about 95% of such intervals contain the true value; 2) type I (α): rejecting a true null — a false alarm; type II (β): failing to reject a false null — a miss; 3) their trade-off and sample size; 4) the business cost of shipping on a false positive.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["excel"],
    zh: [
      "你在 Excel 中常用哪些函数和功能？如何快速处理几十万行数据？",
      "很多分析岗位仍大量使用 Excel，考察基础工具熟练度。",
      "1) 常用函数：VLOOKUP/XLOOKUP、INDEX+MATCH、SUMIFS、COUNTIFS、IF、TEXT；2) 数据透视表与切片器；3) 条件格式、数据验证；4) 大数据量：Power Query、避免整列公式、转为 SQL/Python 处理；5) 一个用 Excel 提效的例子。",
    ],
    en: [
      "Which Excel functions and features do you use most? How do you handle hundreds of thousands of rows?",
      "Many analyst roles still live in Excel; tests fluency with the basic tool.",
      "1) XLOOKUP/VLOOKUP, INDEX+MATCH, SUMIFS, COUNTIFS, IF, TEXT; 2) pivot tables and slicers; 3) conditional formatting, data validation; 4) at scale: Power Query, avoiding whole-column formulas, moving to SQL/Python; 5) an example where Excel saved real time.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["data-analysis"],
    zh: [
      "如何评估一次营销活动的效果？",
      "常见业务分析需求，考察归因和 ROI 思维。",
      "1) 活动前定义目标和指标（拉新、GMV、ROI）；2) 设置对照组或用历史同期/趋势预测做基线；3) 计算增量而非总量；4) 考虑挤出效应（透支未来需求）和长期留存；5) 成本核算得出 ROI，并给出下次活动的建议。",
    ],
    en: [
      "How do you evaluate the impact of a marketing campaign?",
      "A common business analysis request testing attribution and ROI thinking.",
      "1) Define goals and metrics up front (new users, GMV, ROI); 2) baseline with a control group or a forecast from history; 3) measure incremental, not total, effect; 4) account for pull-forward demand and long-term retention; 5) compute ROI with full costs and recommend changes for next time.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["llm", "machine-learning"],
    zh: [
      "如何评估和提升一个大模型应用（如 RAG 问答）的效果？",
      "大模型落地的核心难题，考察评估体系搭建能力。",
      "1) 构建评测集（真实问题 + 标准答案/评分标准）；2) 分环节评估：检索召回率、答案正确性、忠实度（是否有幻觉）；3) 人工评估与 LLM-as-judge 结合；4) 优化：切分策略、Embedding 模型、重排、Prompt、微调；5) 线上反馈闭环。",
    ],
    en: [
      "How do you evaluate and improve an LLM application such as RAG question answering?",
      "The core difficulty in shipping LLMs: building an evaluation system.",
      "1) Build an eval set (real questions with reference answers or rubrics); 2) evaluate each stage: retrieval recall, answer correctness, faithfulness (hallucination); 3) combine human review with LLM-as-judge; 4) improve chunking, embedding model, re-ranking, prompts, fine-tuning; 5) close the loop with production feedback.",
    ],
  },
  {
    c: "technical",
    d: 1,
    tags: ["data-analysis"],
    zh: [
      "你理解的数据分析师的价值是什么？和「取数」有什么区别？",
      "考察职业认知：分析师的价值在于驱动决策。",
      "1) 从业务问题出发，而不是从数据出发；2) 提出假设、验证、给出可执行建议；3) 建立指标和看板让业务自助；4) 推动决策并跟踪效果；5) 举一个你的分析改变了业务决策的例子。",
    ],
    en: [
      "What is the value of a data analyst, beyond pulling numbers?",
      "Tests your view of the role: analysts create value by driving decisions.",
      "1) Start from the business question, not the data; 2) form and test hypotheses, give actionable recommendations; 3) build metrics and dashboards so the business can self-serve; 4) push decisions through and track the effect; 5) an example where your analysis changed a decision.",
    ],
  },
  // —— Project ——
  {
    c: "project",
    d: 2,
    zh: [
      "讲一个你做过的最有业务价值的分析项目。",
      "数据岗位的项目主线，考察从问题到影响的完整链路。",
      "1) 业务背景和要解决的问题；2) 分析框架和假设；3) 数据来源、处理和方法；4) 结论与建议；5) 业务方采纳情况和带来的量化收益。",
    ],
    en: [
      "Tell me about the analysis project with the most business impact.",
      "The project thread for data roles: from question to impact.",
      "1) Business context and the question; 2) analytical framework and hypotheses; 3) data sources, processing and methods; 4) conclusions and recommendations; 5) what the business adopted and the measurable gain.",
    ],
  },
  {
    c: "project",
    d: 3,
    zh: [
      "介绍一个你做过的模型项目：如何定义问题、构造样本和评估上线效果？",
      "算法岗项目主线，考察端到端建模能力。",
      "1) 业务目标如何转化为建模问题（标签定义）；2) 样本构造与时间切分，防止数据泄漏；3) 特征和模型迭代过程；4) 离线指标与线上 A/B 结果；5) 部署、监控和模型衰减的处理。",
    ],
    en: [
      "Describe a modelling project: how you framed the problem, built the samples and evaluated it in production.",
      "The project thread for algorithm roles: end-to-end modelling.",
      "1) Turning a business goal into a modelling problem (label definition); 2) sample construction and time-based splits to avoid leakage; 3) how features and models evolved; 4) offline metrics and online A/B results; 5) deployment, monitoring and model drift.",
    ],
  },
  {
    c: "project",
    d: 2,
    zh: [
      "你搭建过的数据报表或数仓模型，服务了哪些人？如何保证口径一致？",
      "考察数据产品化和治理能力。",
      "1) 需求来源和使用方；2) 模型/报表设计；3) 口径定义和指标字典；4) 性能与稳定性（产出时效）；5) 使用情况和节省的人力。",
    ],
    en: [
      "Which reports or warehouse models have you built, who used them, and how did you keep definitions consistent?",
      "Tests productising data and governance.",
      "1) Where the need came from and who used it; 2) the model or report design; 3) metric definitions and a dictionary; 4) performance and reliability (delivery time); 5) adoption and effort saved.",
    ],
  },
  {
    c: "project",
    d: 2,
    zh: [
      "你的分析结论有没有被业务方质疑过？你是怎么处理的？",
      "考察沟通和用数据说服的能力。",
      "1) 质疑点是什么；2) 复核数据和方法，承认可能的局限；3) 补充证据（分群、敏感性分析、实验）；4) 用业务语言解释；5) 最终结果及后续改进。",
    ],
    en: [
      "Has a stakeholder challenged your conclusions? How did you handle it?",
      "Tests communication and persuading with data.",
      "1) What they challenged; 2) re-check the data and method, admit limitations; 3) add evidence (segments, sensitivity analysis, experiments); 4) explain in business language; 5) the outcome and what you changed.",
    ],
  },
  // —— Behavioural ——
  {
    c: "behavioral",
    d: 2,
    zh: [
      "业务方急着要一个数据，但你发现数据口径有问题，你会怎么做？",
      "考察数据严谨性和沟通平衡。",
      "1) 先给出带说明的初步数据，标注风险，满足紧急需求；2) 说明口径问题可能的影响；3) 约定修正后的交付时间；4) 从源头修复并记录；5) 举例。",
    ],
    en: [
      "A stakeholder urgently needs a number, but you find a problem with the metric definition. What do you do?",
      "Tests rigour balanced with responsiveness.",
      "1) Provide a caveated preliminary figure to unblock them; 2) explain the likely impact of the issue; 3) agree a date for the corrected number; 4) fix it at the source and document it; 5) an example.",
    ],
  },
  {
    c: "behavioral",
    d: 2,
    zh: [
      "你如何向不懂数据的业务同事解释你的分析结论？",
      "分析的价值要通过沟通实现。",
      "1) 结论先行，用一句话说清「所以呢」；2) 用业务指标和例子代替统计术语；3) 一张关键图表胜过十张表；4) 给出可执行建议和预期收益；5) 确认对方理解并跟进。",
    ],
    en: [
      "How do you explain your findings to colleagues who don't work with data?",
      "Analysis creates value only once it's communicated.",
      "1) Lead with the 'so what' in one sentence; 2) business metrics and examples instead of statistical terms; 3) one key chart beats ten tables; 4) actionable recommendations with expected impact; 5) check understanding and follow up.",
    ],
  },
]);

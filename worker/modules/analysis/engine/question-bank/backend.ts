/** Backend, infrastructure and server engineering. */
import { defineBank } from "./types";

export const BACKEND = defineBank("backend", [
  {
    c: "technical",
    d: 2,
    tags: ["mysql", "database-design"],
    zh: [
      "MySQL 的索引底层是什么结构？为什么用 B+ 树？哪些情况下索引会失效？",
      "数据库是后端核心，索引是慢查询优化的第一步。",
      "1) InnoDB 使用 B+ 树：非叶子节点只存键、叶子节点有序链表，层级低、范围查询友好；2) 聚簇索引与二级索引、回表与覆盖索引；3) 最左前缀原则；4) 失效场景：对列做函数/计算、隐式类型转换、前导模糊查询、OR 条件不全有索引、选择性低；5) 用 EXPLAIN 验证。",
    ],
    en: [
      "What data structure backs MySQL indexes, why a B+ tree, and when do indexes stop being used?",
      "Databases are core to backend work and indexes are the first step in fixing slow queries.",
      "1) InnoDB uses B+ trees: keys in inner nodes, linked sorted leaves — shallow and range-friendly; 2) clustered vs secondary indexes, lookups back to the table, covering indexes; 3) leftmost-prefix rule; 4) failures: functions on columns, implicit casts, leading-wildcard LIKE, OR across unindexed columns, low selectivity; 5) verify with EXPLAIN.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["mysql", "database-design"],
    zh: [
      "讲讲事务的隔离级别，以及 InnoDB 是如何通过 MVCC 和锁实现的？",
      "考察并发数据一致性的底层理解，是中高级后端的分水岭。",
      "1) ACID 与四种隔离级别，分别解决脏读、不可重复读、幻读；2) InnoDB 默认可重复读；3) MVCC：undo log 版本链 + Read View 实现快照读；4) 当前读与间隙锁/临键锁防幻读；5) 死锁的产生与排查（SHOW ENGINE INNODB STATUS）。",
    ],
    en: [
      "Explain transaction isolation levels and how InnoDB implements them with MVCC and locks.",
      "Tests deep understanding of concurrent data consistency — a dividing line for mid/senior backend roles.",
      "1) ACID and the four isolation levels vs dirty, non-repeatable and phantom reads; 2) InnoDB defaults to repeatable read; 3) MVCC: undo-log version chains plus read views for snapshot reads; 4) locking reads with gap/next-key locks against phantoms; 5) how deadlocks arise and how to diagnose them.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["mysql", "database-design"],
    zh: [
      "线上出现慢 SQL，你的排查和优化思路是什么？",
      "高频实战题，考察定位问题的方法论。",
      "1) 发现：慢查询日志、APM；2) 分析：EXPLAIN 看 type、key、rows、Extra；3) 优化：加/改索引、改写 SQL（避免 SELECT *、深分页用游标）、拆分大事务；4) 架构层面：读写分离、缓存、分库分表；5) 给出一次实际优化的前后数据。",
    ],
    en: [
      "A slow SQL query shows up in production. How do you investigate and fix it?",
      "A frequent practical question about debugging method.",
      "1) Detect: slow-query log, APM; 2) analyse with EXPLAIN: type, key, rows, Extra; 3) fix: add or change indexes, rewrite the query (no SELECT *, keyset pagination instead of deep OFFSET), split large transactions; 4) architecture: read replicas, caching, sharding; 5) a real before/after example.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["redis", "caching"],
    zh: [
      "Redis 为什么快？常用数据结构有哪些，各自适用什么场景？",
      "Redis 几乎是后端标配，考察原理和用法是否扎实。",
      "1) 内存存储、高效数据结构、单线程命令执行避免锁竞争、I/O 多路复用（6.0 后多线程 I/O）；2) String（计数、缓存）、Hash（对象）、List（队列）、Set（去重、共同关注）、ZSet（排行榜、延时队列）；3) 其他：Bitmap、HyperLogLog、Stream；4) 持久化 RDB/AOF 的取舍。",
    ],
    en: [
      "Why is Redis fast? Which data structures do you use and for what?",
      "Redis is nearly universal in backends; this checks solid understanding of both internals and usage.",
      "1) In-memory, efficient encodings, single-threaded command execution without lock contention, I/O multiplexing (threaded I/O since 6.0); 2) String (counters, cache), Hash (objects), List (queues), Set (dedupe, mutual follows), Sorted Set (leaderboards, delay queues); 3) Bitmap, HyperLogLog, Streams; 4) RDB vs AOF persistence.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["redis", "caching", "high-availability"],
    zh: [
      "什么是缓存穿透、缓存击穿和缓存雪崩？分别怎么解决？",
      "缓存使用中的经典问题，处理不当会直接打垮数据库。",
      "1) 穿透：查询不存在的数据，用布隆过滤器或缓存空值；2) 击穿：热点 key 过期瞬间大量请求，用互斥锁/逻辑过期/热点永不过期；3) 雪崩：大量 key 同时过期或缓存宕机，用随机过期时间、多级缓存、限流降级、集群高可用；4) 缓存与数据库一致性：先更新库再删缓存、延迟双删、订阅 binlog。",
    ],
    en: [
      "What are cache penetration, cache breakdown and cache avalanche, and how do you handle each?",
      "Classic caching failure modes that can take a database down.",
      "1) Penetration: queries for non-existent keys — Bloom filters or caching empty results; 2) breakdown: a hot key expires under load — mutex rebuild, logical expiry, never-expire hot keys; 3) avalanche: many keys expire together or the cache dies — jittered TTLs, multi-level cache, rate limiting and degradation, HA clusters; 4) cache/DB consistency: update DB then delete cache, delayed double delete, binlog subscription.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["redis", "distributed"],
    zh: [
      "如何用 Redis 实现分布式锁？需要注意哪些问题？",
      "分布式场景下的并发控制，考察对边界情况的考虑是否周全。",
      "1) SET key value NX PX 原子加锁，value 用唯一标识；2) 释放锁用 Lua 脚本校验持有者；3) 锁过期但业务未完成：看门狗续期（Redisson）；4) 主从切换导致锁丢失，RedLock 的争议；5) 需要强一致时考虑 ZooKeeper/etcd，或用数据库乐观锁/唯一约束兜底。",
    ],
    en: [
      "How do you implement a distributed lock with Redis, and what are the pitfalls?",
      "Concurrency control across machines; checks whether you think through edge cases.",
      "1) SET key value NX PX atomically with a unique value; 2) release with a Lua script that checks ownership; 3) lock expiring before work finishes — watchdog renewal (Redisson); 4) lost locks on failover and the RedLock debate; 5) for strong guarantees use ZooKeeper/etcd or back it with DB optimistic locking/unique constraints.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["message-queue", "kafka", "rabbitmq"],
    zh: [
      "为什么要用消息队列？如何保证消息不丢失、不重复消费？",
      "消息队列是解耦和削峰的关键组件，可靠性是面试重点。",
      "1) 作用：异步、解耦、削峰填谷；2) 不丢失：生产者确认（acks=all）、Broker 持久化与副本、消费者处理成功后再提交位点；3) 重复消费不可避免，消费端做幂等（唯一键、状态机、去重表）；4) 顺序消息：按业务键分区；5) 消息积压的处理。",
    ],
    en: [
      "Why use a message queue? How do you make sure messages are neither lost nor processed twice?",
      "Queues are key for decoupling and load levelling; reliability is the focus.",
      "1) Purpose: async work, decoupling, absorbing spikes; 2) no loss: producer acknowledgements (acks=all), durable replicated brokers, commit offsets only after processing; 3) duplicates are inevitable — make consumers idempotent (unique keys, state machines, dedupe tables); 4) ordering via partition keys; 5) handling backlogs.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["kafka"],
    zh: [
      "Kafka 为什么吞吐量高？分区、副本和消费者组是如何工作的？",
      "考察对主流消息系统架构的理解。",
      "1) 顺序写磁盘、页缓存、零拷贝、批量和压缩；2) Topic 分区实现并行，分区内有序；3) 副本与 ISR、Leader 选举；4) 消费者组内分区分配与 Rebalance 的影响；5) 分区数的规划和消息积压时的扩容思路。",
    ],
    en: [
      "Why does Kafka achieve such high throughput? How do partitions, replicas and consumer groups work?",
      "Tests understanding of a mainstream messaging architecture.",
      "1) Sequential disk writes, page cache, zero-copy, batching and compression; 2) partitions give parallelism with per-partition order; 3) replicas, ISR and leader election; 4) partition assignment in consumer groups and rebalancing costs; 5) sizing partitions and scaling out during backlogs.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["system-design", "concurrency", "high-availability"],
    zh: [
      "设计一个秒杀系统，如何应对瞬时高并发？",
      "经典系统设计题，综合考察高并发、缓存、消息队列和一致性。",
      "1) 前端：静态化、按钮防重、验证码分流；2) 接入层：CDN、限流（令牌桶）、黑名单；3) 库存：Redis 预扣减（Lua 原子操作）；4) 下单异步化：消息队列削峰，消费者落库；5) 防超卖：数据库乐观锁兜底；6) 降级、熔断和对账。",
    ],
    en: [
      "Design a flash-sale system. How do you handle the instant traffic spike?",
      "A classic system-design question combining concurrency, caching, queues and consistency.",
      "1) Client: static pages, debounced buttons, CAPTCHA to spread load; 2) edge: CDN, token-bucket rate limiting, blocklists; 3) stock pre-decremented in Redis with atomic Lua; 4) asynchronous orders through a queue, persisted by consumers; 5) DB optimistic locking against overselling; 6) degradation, circuit breakers and reconciliation.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["system-design"],
    zh: [
      "设计一个短链接服务，需要支持每天上亿次访问。",
      "系统设计入门题，考察从需求估算到存储、缓存、扩展的完整思路。",
      "1) 需求与容量估算（QPS、存储量）；2) 短码生成：自增 ID + Base62、号段模式、哈希冲突处理；3) 存储选型与分库分表；4) 读多写少：缓存热点、302 与 301 的取舍（统计需求）；5) 高可用、防刷和过期清理。",
    ],
    en: [
      "Design a URL shortener serving hundreds of millions of hits a day.",
      "An entry-level system-design question: from estimates to storage, caching and scaling.",
      "1) Requirements and capacity estimates (QPS, storage); 2) code generation: auto-increment ID + Base62, ID segments, hash collisions; 3) storage choice and sharding; 4) read-heavy: cache hot links, 301 vs 302 (analytics); 5) availability, abuse prevention and expiry.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["distributed", "microservices"],
    zh: [
      "分布式事务有哪些解决方案？你们项目是怎么保证跨服务数据一致性的？",
      "微服务拆分后必然面对的问题，考察方案理解与工程取舍。",
      "1) CAP 与 BASE，多数场景选最终一致；2) 方案：2PC/3PC、TCC、Saga、本地消息表、事务消息（RocketMQ）；3) 各方案的一致性、性能和实现复杂度对比；4) 幂等、重试与对账是兜底；5) 结合项目说明选型。",
    ],
    en: [
      "What are the options for distributed transactions, and how did your project keep data consistent across services?",
      "Unavoidable once you split into services; tests understanding and engineering trade-offs.",
      "1) CAP and BASE — eventual consistency in most cases; 2) 2PC/3PC, TCC, Saga, transactional outbox, transactional messages; 3) compare consistency, performance and complexity; 4) idempotency, retries and reconciliation as the safety net; 5) what you chose and why.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["microservices", "rpc"],
    zh: [
      "微服务架构的优缺点是什么？服务应该如何拆分？",
      "考察架构判断：不是为了微服务而微服务。",
      "1) 优点：独立部署、技术异构、故障隔离、团队自治；2) 代价：分布式复杂度、调用链路长、运维与监控成本、数据一致性；3) 拆分原则：按业务领域（DDD 限界上下文）、高内聚低耦合、团队结构；4) 配套：注册发现、配置中心、网关、链路追踪；5) 你经历过的拆分及教训。",
    ],
    en: [
      "What are the pros and cons of microservices, and how should services be split?",
      "Tests architectural judgement — not microservices for their own sake.",
      "1) Pros: independent deploys, mixed stacks, fault isolation, team autonomy; 2) costs: distributed complexity, long call chains, ops and monitoring, consistency; 3) split by business domain (DDD bounded contexts), high cohesion, team structure; 4) supporting pieces: discovery, config, gateway, tracing; 5) a split you lived through and its lessons.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["high-availability", "microservices"],
    zh: [
      "什么是限流、熔断和降级？你在项目中是怎么做的？",
      "高可用的核心手段，考察是否有线上稳定性建设经验。",
      "1) 限流算法：固定窗口、滑动窗口、漏桶、令牌桶；单机与分布式限流；2) 熔断：错误率/慢调用触发，半开探测恢复（Sentinel/Hystrix/Resilience4j）；3) 降级：返回兜底数据、关闭非核心功能；4) 超时与重试的配合，避免重试风暴；5) 压测验证阈值。",
    ],
    en: [
      "What are rate limiting, circuit breaking and graceful degradation, and how have you used them?",
      "Core availability techniques; checks for real production stability work.",
      "1) Algorithms: fixed window, sliding window, leaky bucket, token bucket; local vs distributed; 2) breakers trip on error rate or slow calls and probe in half-open state (Sentinel, Hystrix, Resilience4j); 3) degradation: fallback data, switching off non-core features; 4) timeouts with retries without retry storms; 5) load tests to set thresholds.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["java", "concurrency"],
    zh: [
      "Java 线程池的核心参数有哪些？任务提交后是如何执行的？如何合理设置参数？",
      "Java 后端高频题，线程池配置不当会导致 OOM 或请求堆积。",
      "1) corePoolSize、maximumPoolSize、keepAliveTime、workQueue、threadFactory、拒绝策略；2) 执行流程：核心线程 → 队列 → 非核心线程 → 拒绝；3) CPU 密集与 I/O 密集的线程数估算；4) 避免无界队列；5) 监控线程池指标和动态调参。",
    ],
    en: [
      "What are the core parameters of a Java thread pool, how is a task executed, and how do you size it?",
      "A frequent Java question: a badly configured pool causes OOMs or request pile-ups.",
      "1) corePoolSize, maximumPoolSize, keepAliveTime, workQueue, threadFactory, rejection policy; 2) flow: core threads → queue → extra threads → reject; 3) sizing for CPU-bound vs I/O-bound work; 4) avoid unbounded queues; 5) monitor pool metrics and tune dynamically.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["java", "concurrency"],
    zh: [
      "synchronized 和 ReentrantLock 有什么区别？volatile 能保证什么？",
      "考察 Java 并发基础和内存模型。",
      "1) synchronized：JVM 层面实现，锁升级（偏向→轻量→重量）；ReentrantLock：AQS 实现，支持公平锁、可中断、超时、多条件；2) volatile 保证可见性和有序性，不保证原子性；3) happens-before 原则；4) CAS 与 ABA 问题；5) ConcurrentHashMap 的实现演进。",
    ],
    en: [
      "How do synchronized and ReentrantLock differ, and what does volatile guarantee?",
      "Tests Java concurrency basics and the memory model.",
      "1) synchronized is built into the JVM with lock escalation; ReentrantLock builds on AQS with fairness, interruptibility, timeouts and multiple conditions; 2) volatile gives visibility and ordering, not atomicity; 3) happens-before rules; 4) CAS and the ABA problem; 5) how ConcurrentHashMap evolved.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["jvm", "java"],
    zh: [
      "JVM 内存区域如何划分？线上出现 OOM 或频繁 Full GC 你会怎么排查？",
      "考察 JVM 调优和线上问题定位能力。",
      "1) 堆（新生代/老年代）、元空间、虚拟机栈、本地方法栈、程序计数器；2) 常见收集器（G1、ZGC）及适用场景；3) 排查：GC 日志、jstat、jmap 导出堆转储、MAT 分析大对象和引用链；4) 常见原因：内存泄漏、大对象、缓存无上限；5) 一次实际排查的经过。",
    ],
    en: [
      "How is JVM memory laid out? How would you investigate an OOM or frequent full GCs in production?",
      "Tests JVM tuning and production debugging.",
      "1) Heap (young/old), metaspace, thread stacks, native stacks, program counter; 2) collectors such as G1 and ZGC and when to use them; 3) GC logs, jstat, heap dumps with jmap, analysis in MAT for big objects and reference chains; 4) usual causes: leaks, huge objects, unbounded caches; 5) a real investigation.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["spring"],
    zh: [
      "Spring 的 IoC 和 AOP 是什么？Spring Boot 自动配置是如何实现的？",
      "Java 后端框架必问，考察是否理解框架原理而非只会注解。",
      "1) IoC：容器管理对象创建和依赖注入，Bean 生命周期；2) AOP：动态代理（JDK/CGLIB）实现横切逻辑，如事务、日志；3) @Transactional 失效场景（自调用、非 public、异常被吞）；4) 自动配置：@EnableAutoConfiguration + 条件注解 + 配置类清单；5) 循环依赖与三级缓存。",
    ],
    en: [
      "What are IoC and AOP in Spring, and how does Spring Boot auto-configuration work?",
      "A must-ask for Java backends: do you understand the framework or just its annotations?",
      "1) IoC: the container creates objects and injects dependencies; bean lifecycle; 2) AOP via JDK/CGLIB proxies for cross-cutting concerns like transactions and logging; 3) when @Transactional silently fails (self-invocation, non-public methods, swallowed exceptions); 4) auto-configuration: @EnableAutoConfiguration, conditional annotations, configuration class lists; 5) circular dependencies and the three-level cache.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["go", "concurrency"],
    zh: [
      "Go 的 goroutine 调度模型（GMP）是怎样的？channel 有哪些使用注意事项？",
      "Go 后端岗位必问，考察并发模型的理解。",
      "1) G（goroutine）、M（系统线程）、P（处理器）及本地/全局队列、work stealing；2) 抢占式调度；3) channel：无缓冲与有缓冲、关闭规则（向已关闭的 channel 发送会 panic）、select 超时；4) goroutine 泄漏的常见原因及 context 取消；5) sync 包与 channel 的取舍。",
    ],
    en: [
      "How does Go's goroutine scheduler (GMP) work, and what should you watch out for with channels?",
      "A must-ask for Go roles, testing the concurrency model.",
      "1) G, M and P with local and global run queues and work stealing; 2) preemption; 3) channels: unbuffered vs buffered, closing rules (sending on a closed channel panics), select with timeouts; 4) goroutine leaks and cancellation with context; 5) when to use sync primitives instead of channels.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["python"],
    zh: [
      "Python 的 GIL 是什么？在多线程、多进程和协程之间如何选择？",
      "Python 后端和数据岗位常问，考察并发方案的选择。",
      "1) GIL 使同一时刻只有一个线程执行字节码；2) I/O 密集：多线程或 asyncio 协程；CPU 密集：多进程或 C 扩展；3) asyncio 的事件循环和 await 语义；4) 常见坑：在协程中调用阻塞函数；5) 实际项目中的选择与效果。",
    ],
    en: [
      "What is Python's GIL, and how do you choose between threads, processes and coroutines?",
      "Common for Python backend and data roles: choosing a concurrency approach.",
      "1) The GIL lets one thread execute bytecode at a time; 2) I/O-bound: threads or asyncio; CPU-bound: processes or C extensions; 3) the asyncio event loop and await semantics; 4) pitfall: blocking calls inside coroutines; 5) what you chose in a real project and the result.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["network"],
    zh: [
      "TCP 三次握手和四次挥手的过程是怎样的？TIME_WAIT 过多怎么办？",
      "网络基础必考，线上连接问题经常与此相关。",
      "1) 三次握手：SYN、SYN+ACK、ACK，为什么不是两次；2) 四次挥手与半关闭；3) TIME_WAIT 的作用（2MSL）；4) 大量 TIME_WAIT：使用长连接/连接池、调整内核参数（tcp_tw_reuse）；5) TCP 与 UDP 的区别及 HTTP/3（QUIC）。",
    ],
    en: [
      "Walk through TCP's three-way handshake and four-way close. What do you do about too many TIME_WAIT sockets?",
      "Networking basics that production connection problems often trace back to.",
      "1) SYN, SYN-ACK, ACK — and why not two steps; 2) the four-way close and half-close; 3) why TIME_WAIT lasts 2MSL; 4) fixes: keep-alive and connection pools, kernel settings such as tcp_tw_reuse; 5) TCP vs UDP and HTTP/3 over QUIC.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["restful", "system-design"],
    zh: [
      "你如何设计一套 RESTful API？如何保证接口的幂等性？",
      "接口设计是后端日常，考察规范性和对重复提交等问题的处理。",
      "1) 资源命名、HTTP 方法语义、状态码、分页与过滤、版本管理；2) 错误响应的统一结构；3) 幂等：GET/PUT/DELETE 天然幂等，POST 用幂等键（Idempotency-Key）、唯一约束、状态机；4) 鉴权与限流；5) 文档（OpenAPI）与向后兼容。",
    ],
    en: [
      "How do you design a RESTful API, and how do you make endpoints idempotent?",
      "API design is daily backend work; tests consistency and handling of duplicate submissions.",
      "1) Resource naming, method semantics, status codes, pagination and filtering, versioning; 2) a consistent error shape; 3) idempotency: GET/PUT/DELETE by design, POST with Idempotency-Key headers, unique constraints, state machines; 4) auth and rate limits; 5) OpenAPI docs and backward compatibility.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["docker", "kubernetes"],
    zh: [
      "Docker 和虚拟机有什么区别？Kubernetes 中 Pod、Deployment、Service 分别是什么？",
      "云原生已是后端标配，考察容器化部署的实践经验。",
      "1) 容器共享宿主内核，基于 namespace 和 cgroup 隔离，轻量启动快；2) 镜像分层与 Dockerfile 优化（多阶段构建、减小体积）；3) Pod 是最小调度单元，Deployment 管理副本和滚动更新，Service 提供稳定访问和负载均衡；4) 健康检查（liveness/readiness）、资源限制、HPA 自动扩缩容。",
    ],
    en: [
      "How do containers differ from virtual machines? What are a Pod, a Deployment and a Service in Kubernetes?",
      "Cloud-native deployment is now standard; tests hands-on container experience.",
      "1) Containers share the host kernel, isolated by namespaces and cgroups — light and fast; 2) image layers and Dockerfile optimisation (multi-stage builds, smaller images); 3) a Pod is the smallest schedulable unit, a Deployment manages replicas and rolling updates, a Service gives stable access and load balancing; 4) liveness/readiness probes, resource limits, HPA autoscaling.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["linux", "monitoring"],
    zh: [
      "线上服务 CPU 突然飙高，你会怎么排查？",
      "考察线上问题定位的实战能力。",
      "1) top 定位进程，top -H 定位线程；2) Java：jstack 看线程栈（线程 ID 转十六进制）；Go：pprof；3) 常见原因：死循环、频繁 GC、正则回溯、序列化大对象、流量突增；4) 先止损（扩容、限流、回滚）再根因分析；5) 完善监控告警。",
    ],
    en: [
      "CPU on a production service suddenly spikes. How do you investigate?",
      "Tests practical production debugging.",
      "1) top for the process, top -H for threads; 2) Java: jstack (thread ID in hex); Go: pprof; 3) usual causes: infinite loops, GC churn, regex backtracking, serialising huge objects, traffic surges; 4) stop the bleeding first (scale out, rate limit, roll back), then find the root cause; 5) improve monitoring and alerts.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["database-design", "distributed"],
    zh: [
      "什么时候需要分库分表？分片键如何选择？分表后的查询和扩容怎么处理？",
      "考察海量数据下的存储架构能力。",
      "1) 判断：单表数据量、写入 QPS、存储容量，先考虑索引优化、归档、读写分离；2) 垂直拆分与水平拆分；3) 分片键：按最高频查询维度（如 user_id），避免热点；4) 跨分片查询：冗余、异构索引（ES）、全局表；5) 全局 ID、扩容迁移（双写、一致性哈希）。",
    ],
    en: [
      "When do you need sharding? How do you pick a shard key, and how do you query and scale afterwards?",
      "Tests storage architecture at large data volumes.",
      "1) Decide by table size, write QPS and storage — try indexing, archiving and read replicas first; 2) vertical vs horizontal splits; 3) shard key by the most frequent query dimension (e.g. user_id) while avoiding hot spots; 4) cross-shard queries: denormalisation, secondary stores such as Elasticsearch, global tables; 5) global IDs and re-sharding (dual writes, consistent hashing).",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["elasticsearch"],
    zh: [
      "Elasticsearch 的倒排索引是什么？如何保证 ES 与数据库的数据同步？",
      "搜索和日志场景常用，考察原理与工程实践。",
      "1) 倒排索引：词项 → 文档列表，分词器（中文需 IK 等）；2) 分片与副本、近实时（refresh）；3) 数据同步：双写、MQ 异步、监听 binlog（Canal）；4) 深分页问题与 search_after；5) mapping 设计与性能调优。",
    ],
    en: [
      "What is Elasticsearch's inverted index, and how do you keep ES in sync with the database?",
      "Common for search and logging; tests principles and practice.",
      "1) Inverted index: term → documents; analysers (Chinese needs IK or similar); 2) shards, replicas, near-real-time refresh; 3) sync via dual writes, async through a queue, or binlog capture (Canal); 4) deep pagination and search_after; 5) mapping design and tuning.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["algorithms"],
    zh: [
      "常见排序算法的时间复杂度和稳定性如何？什么场景用哪种？",
      "算法基础题，大厂笔试面试必考。",
      "1) 快排平均 O(n log n)、最坏 O(n²)、不稳定；归并 O(n log n) 稳定但需额外空间；堆排 O(n log n) 不稳定；2) 小规模或近有序用插入排序；3) 语言内置排序（TimSort、pdqsort）；4) 外部排序处理超大数据；5) 手写快排或归并。",
    ],
    en: [
      "Compare the common sorting algorithms on complexity and stability. Which would you use when?",
      "An algorithms basic at large companies' tests and interviews.",
      "1) Quicksort O(n log n) average, O(n²) worst, unstable; merge sort O(n log n) stable with extra space; heapsort O(n log n) unstable; 2) insertion sort for small or nearly sorted input; 3) built-in sorts (TimSort, pdqsort); 4) external sorting for data that doesn't fit in memory; 5) write quicksort or merge sort.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["algorithms", "caching"],
    zh: [
      "实现一个 LRU 缓存，要求 get 和 put 都是 O(1)。",
      "经典编码题，考察数据结构组合能力，也与缓存淘汰策略相关。",
      "1) 哈希表 + 双向链表：哈希表定位节点，链表维护访问顺序；2) get：命中后移到头部；put：存在则更新并移到头部，否则插入头部，超容量删尾部；3) 边界：容量为 0、重复 put；4) 延伸：LFU、Redis 的近似 LRU、线程安全版本。",
    ],
    en: [
      "Implement an LRU cache with O(1) get and put.",
      "A classic coding question combining data structures; it also relates to cache eviction.",
      "1) Hash map plus doubly linked list: the map finds nodes, the list keeps recency; 2) get moves a hit to the head; put updates and moves, or inserts at the head and evicts the tail when full; 3) edge cases: capacity 0, repeated puts; 4) extensions: LFU, Redis's approximate LRU, a thread-safe version.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["web-security"],
    zh: [
      "后端如何防范 SQL 注入、越权访问等常见安全问题？",
      "安全漏洞代价高，考察安全编码意识。",
      "1) SQL 注入：参数化查询/预编译，禁止拼接；2) 越权：每个接口校验资源归属（水平越权）和角色（垂直越权）；3) 认证：密码哈希（bcrypt/argon2）、Token 过期与刷新；4) 敏感数据加密与日志脱敏；5) 限流防爆破、依赖漏洞扫描。",
    ],
    en: [
      "How do you protect a backend against SQL injection, broken access control and similar issues?",
      "Security bugs are expensive; tests secure-coding habits.",
      "1) SQL injection: parameterised queries, never string concatenation; 2) access control: check ownership (horizontal) and role (vertical) on every endpoint; 3) authentication: password hashing (bcrypt/argon2), token expiry and refresh; 4) encrypt sensitive data and mask logs; 5) rate limits against brute force, dependency scanning.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["monitoring", "devops"],
    zh: [
      "你们的服务是如何做监控和告警的？如何避免告警疲劳？",
      "考察可观测性建设和线上运维意识。",
      "1) 三大支柱：指标（Prometheus）、日志（ELK）、链路追踪（Jaeger/SkyWalking）；2) 黄金指标：延迟、流量、错误率、饱和度；3) SLO 与告警阈值；4) 告警分级、收敛和值班机制；5) 一次通过监控提前发现问题的例子。",
    ],
    en: [
      "How do you monitor and alert on your services, and how do you avoid alert fatigue?",
      "Tests observability practice and operational awareness.",
      "1) Metrics (Prometheus), logs (ELK), traces (Jaeger/SkyWalking); 2) golden signals: latency, traffic, errors, saturation; 3) SLOs and thresholds; 4) severity levels, deduplication and on-call; 5) a problem monitoring caught early.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["system-design", "message-queue"],
    zh: [
      "设计一个站内消息 / 通知系统，支持百万级用户。",
      "考察推拉模型、存储设计和扩展性。",
      "1) 消息类型：系统广播、点对点、群组；2) 推模式（写扩散）与拉模式（读扩散）的取舍，大 V 场景混合；3) 存储：消息表与用户收件箱、已读状态；4) 实时推送：WebSocket/长连接网关；5) 未读数缓存与一致性、离线消息。",
    ],
    en: [
      "Design an in-app notification system for millions of users.",
      "Tests push vs pull models, storage design and scalability.",
      "1) Types: broadcast, one-to-one, group; 2) fan-out on write vs read and the hybrid for celebrity accounts; 3) storage: message table, user inboxes, read state; 4) real-time delivery over a WebSocket gateway; 5) unread counters in cache, consistency and offline delivery.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["os"],
    zh: [
      "进程、线程和协程有什么区别？",
      "操作系统基础，理解它才能做出合理的并发设计。",
      "1) 进程是资源分配单位，线程是调度单位，共享进程内存；2) 切换成本：进程 > 线程 > 协程（用户态调度）；3) 进程间通信方式；4) 协程适合高并发 I/O；5) 结合你使用的语言说明（Go goroutine、Java 虚拟线程、Python asyncio）。",
    ],
    en: [
      "What is the difference between processes, threads and coroutines?",
      "OS fundamentals needed for sound concurrency design.",
      "1) Processes own resources, threads are scheduled and share process memory; 2) switching cost: process > thread > coroutine (user-space scheduling); 3) inter-process communication options; 4) coroutines suit massive I/O concurrency; 5) relate it to your language (goroutines, Java virtual threads, asyncio).",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["design-patterns"],
    zh: [
      "你在项目中用过哪些设计模式？举例说明它解决了什么问题。",
      "考察代码设计能力，避免为了模式而模式。",
      "1) 挑 2–3 个真实用过的（策略、模板方法、观察者、责任链、工厂）；2) 说明使用前的问题（大量 if-else、重复代码）；3) 使用后的结构与扩展性；4) 过度设计的反例；5) SOLID 原则的理解。",
    ],
    en: [
      "Which design patterns have you used in real projects, and what problem did each solve?",
      "Tests code design — without patterns for their own sake.",
      "1) Two or three you really used (strategy, template method, observer, chain of responsibility, factory); 2) the problem before (sprawling if-else, duplication); 3) the structure and extensibility after; 4) an over-engineering counter-example; 5) your take on SOLID.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["llm"],
    zh: [
      "如果要在现有后端系统中接入大模型能力（如 RAG 问答），你会如何设计？",
      "AI 应用开发成为新需求，考察工程化落地能力而非概念。",
      "1) 场景与效果指标定义；2) RAG 流程：文档切分、向量化、向量库检索、重排、Prompt 组装；3) 工程问题：延迟与流式输出、成本控制（缓存、模型分级）、超时重试；4) 效果评估与幻觉控制；5) 数据安全与内容审核。",
    ],
    en: [
      "How would you add LLM capabilities, such as RAG question answering, to an existing backend?",
      "AI features are a new demand; this tests production engineering rather than buzzwords.",
      "1) Define the use case and quality metrics; 2) RAG pipeline: chunking, embeddings, vector search, re-ranking, prompt assembly; 3) engineering: latency and streaming, cost control (caching, model tiers), timeouts and retries; 4) evaluation and hallucination control; 5) data security and content moderation.",
    ],
  },
  // —— Project ——
  {
    c: "project",
    d: 3,
    zh: [
      "介绍一个你参与设计的后端系统的整体架构，并画出核心链路。",
      "考察对系统全局的理解：是否只了解自己那一块。",
      "1) 业务目标和规模（QPS、数据量）；2) 架构分层与核心组件；3) 核心请求链路；4) 关键设计决策和权衡（一致性、可用性、成本）；5) 瓶颈与后续演进。",
    ],
    en: [
      "Describe the overall architecture of a backend system you helped design, including the core request path.",
      "Tests whether you understand the whole system or only your corner.",
      "1) Business goal and scale (QPS, data volume); 2) layers and core components; 3) the main request path; 4) key decisions and trade-offs (consistency, availability, cost); 5) bottlenecks and how it should evolve.",
    ],
  },
  {
    c: "project",
    d: 3,
    zh: [
      "你的项目中遇到过的最大性能或稳定性问题是什么？怎么解决的？",
      "考察真实的疑难问题解决经验。",
      "1) 现象与影响（延迟、错误率、宕机时长）；2) 排查过程和工具；3) 根因；4) 短期止损和长期方案；5) 效果数据和沉淀（预案、监控）。",
    ],
    en: [
      "What was the biggest performance or stability problem in your projects, and how did you solve it?",
      "Tests real experience with hard problems.",
      "1) Symptoms and impact (latency, error rate, downtime); 2) investigation and tools; 3) root cause; 4) short-term mitigation and long-term fix; 5) results and what you institutionalised (runbooks, monitoring).",
    ],
  },
  {
    c: "project",
    d: 2,
    zh: [
      "你的服务目前的 QPS、数据量和可用性指标是多少？如果流量增长 10 倍，哪里会先成为瓶颈？",
      "检验你对自己系统的数据是否清楚，以及容量规划能力。",
      "1) 当前关键指标（QPS、P99、数据量、SLA）；2) 逐层分析瓶颈：数据库连接、慢查询、缓存容量、单点服务；3) 扩展方案：水平扩容、缓存、异步化、分库分表；4) 通过压测验证。",
    ],
    en: [
      "What are your service's current QPS, data volume and availability? If traffic grew tenfold, what would break first?",
      "Checks that you know your own system's numbers and can plan capacity.",
      "1) Current key figures (QPS, p99, data volume, SLA); 2) bottlenecks layer by layer: DB connections, slow queries, cache capacity, single points; 3) scaling: horizontal, caching, async, sharding; 4) validate with load tests.",
    ],
  },
  {
    c: "project",
    d: 2,
    zh: [
      "讲一次你做的技术方案评审：方案有哪些备选，最后为什么这样选？",
      "考察技术决策和文档能力。",
      "1) 问题定义和约束；2) 2–3 个备选方案及对比（复杂度、性能、成本、风险）；3) 评审中收到的挑战和调整；4) 最终方案和落地结果；5) 事后验证。",
    ],
    en: [
      "Tell me about a technical design review you ran: which options were on the table and why you chose as you did.",
      "Tests technical decision-making and writing.",
      "1) Problem and constraints; 2) two or three options compared on complexity, performance, cost and risk; 3) challenges raised in review and changes made; 4) the final design and outcome; 5) validation afterwards.",
    ],
  },
  // —— Behavioural ——
  {
    c: "behavioral",
    d: 2,
    zh: [
      "讲一次你处理线上故障的经历，你在其中承担了什么角色？",
      "考察应急响应、沟通协调和复盘能力。",
      "1) 故障现象与影响范围；2) 响应过程：拉群、分工、对外同步；3) 止损手段；4) 根因定位；5) 复盘报告和改进项（无责复盘文化）。",
    ],
    en: [
      "Tell me about a production incident you handled and your role in it.",
      "Tests incident response, coordination and post-mortem habits.",
      "1) Symptoms and blast radius; 2) response: war room, roles, status updates; 3) mitigation; 4) root cause; 5) the blameless post-mortem and follow-up actions.",
    ],
  },
  {
    c: "behavioral",
    d: 2,
    zh: [
      "业务方要求很快上线，但你认为方案有技术风险，你会怎么做？",
      "考察在业务压力下坚持质量和沟通取舍的能力。",
      "1) 量化风险（出错概率、影响面）；2) 给出可选方案：分阶段上线、灰度、功能开关；3) 与业务方对齐风险和收益；4) 做好监控和回滚预案；5) 举例。",
    ],
    en: [
      "The business wants to ship fast but you see technical risk in the approach. What do you do?",
      "Tests holding the quality line under pressure and negotiating trade-offs.",
      "1) Quantify the risk (likelihood, blast radius); 2) offer options: phased release, canary, feature flags; 3) align on risk and reward with the business; 4) prepare monitoring and rollback; 5) an example.",
    ],
  },
  {
    c: "behavioral",
    d: 2,
    zh: [
      "你如何看待和处理技术债？",
      "考察工程判断力：既不放任也不过度追求完美。",
      "1) 技术债的识别与记录；2) 按影响（故障率、开发效率）排优先级；3) 与业务迭代结合偿还（每个迭代预留比例）；4) 用数据争取资源；5) 一个偿还技术债带来收益的例子。",
    ],
    en: [
      "How do you think about and manage technical debt?",
      "Tests engineering judgement: neither ignoring debt nor chasing perfection.",
      "1) Identify and record it; 2) prioritise by impact (incidents, velocity); 3) pay it down alongside feature work (a fixed share per sprint); 4) use data to win time for it; 5) an example where paying debt paid off.",
    ],
  },
]);

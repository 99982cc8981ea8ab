/** Frontend / client engineering. */
import { defineBank } from "./types";

export const FRONTEND = defineBank("frontend", [
  {
    c: "technical",
    d: 2,
    tags: ["browser", "network"],
    zh: [
      "从在浏览器地址栏输入 URL 到页面显示，中间发生了什么？",
      "经典综合题，考察网络、浏览器渲染和性能优化知识是否成体系，可以不断深挖。",
      "1) URL 解析、缓存检查（强缓存/协商缓存）；2) DNS 解析、TCP 握手、TLS；3) 发送 HTTP 请求、服务端处理、响应；4) 解析 HTML 构建 DOM、CSS 构建 CSSOM、JS 阻塞与 defer/async；5) 布局、绘制、合成；6) 每一步可做的优化（预连接、CDN、HTTP/2、关键渲染路径）。",
    ],
    en: [
      "What happens between typing a URL into the browser and the page appearing?",
      "A classic end-to-end question that shows whether your networking, rendering and performance knowledge is joined up; interviewers drill into any step.",
      "1) URL parsing and cache checks (strong vs conditional caching); 2) DNS, TCP handshake, TLS; 3) HTTP request, server processing, response; 4) HTML → DOM, CSS → CSSOM, script blocking and defer/async; 5) layout, paint, composite; 6) optimisations at each step (preconnect, CDN, HTTP/2, critical rendering path).",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["javascript", "browser"],
    zh: [
      "讲讲 JavaScript 的事件循环，宏任务和微任务的执行顺序是怎样的？",
      "考察对异步机制的理解，这是排查时序 bug 和写出正确异步代码的基础。",
      "1) 单线程 + 调用栈 + 任务队列；2) 宏任务：script、setTimeout、I/O、UI 事件；微任务：Promise.then、queueMicrotask、MutationObserver；3) 每个宏任务结束后清空微任务队列，再可能渲染；4) 手写一段代码说明输出顺序；5) Node.js 事件循环阶段与浏览器的差异。",
    ],
    en: [
      "Explain the JavaScript event loop. In what order do macrotasks and microtasks run?",
      "Tests understanding of async execution — the basis for debugging timing bugs and writing correct async code.",
      "1) Single thread, call stack, task queues; 2) macrotasks: script, setTimeout, I/O, UI events; microtasks: Promise.then, queueMicrotask, MutationObserver; 3) after each macrotask the microtask queue drains, then rendering may happen; 4) walk through a snippet's output order; 5) how Node.js phases differ.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["javascript"],
    zh: [
      "什么是闭包？实际开发中有哪些用途和可能的问题？",
      "考察对作用域链和内存管理的理解，闭包在 React Hooks、防抖节流中无处不在。",
      "1) 定义：函数与其词法环境的组合；2) 用途：私有变量、柯里化、防抖节流、模块模式；3) 问题：循环中 var 的经典陷阱、意外持有大对象导致内存泄漏；4) React 中的「过期闭包」问题及解决（依赖数组、useRef）。",
    ],
    en: [
      "What is a closure? Where is it useful and what can go wrong?",
      "Tests scope and memory understanding; closures are everywhere in React hooks, debounce and throttle.",
      "1) A function bundled with its lexical environment; 2) uses: private state, currying, debounce/throttle, module pattern; 3) pitfalls: var in loops, retaining large objects and leaking memory; 4) stale closures in React and the fixes (dependency arrays, useRef).",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["javascript"],
    zh: [
      "解释 JavaScript 的原型链，以及 class 继承和原型继承的关系。",
      "考察语言底层机制，判断是否只会用框架而不理解语言本身。",
      "1) 每个对象都有 [[Prototype]]，属性查找沿原型链向上；2) prototype、__proto__、constructor 的关系；3) class 是原型继承的语法糖，extends 设置两条原型链；4) instanceof 的原理；5) 手写一个简单的继承实现。",
    ],
    en: [
      "Explain the prototype chain and how class inheritance relates to prototypal inheritance.",
      "Checks you understand the language itself, not just frameworks.",
      "1) Every object has a [[Prototype]]; lookup walks up the chain; 2) prototype vs __proto__ vs constructor; 3) class is sugar over prototypes; extends links both constructor and prototype chains; 4) how instanceof works; 5) sketch an inheritance implementation.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["javascript"],
    zh: [
      "Promise、async/await 的原理是什么？如何处理并发请求和错误？",
      "异步编程是前端日常，考察是否能写出健壮的异步逻辑。",
      "1) Promise 三种状态与链式调用；2) async/await 是基于 Promise 和生成器的语法糖；3) Promise.all / allSettled / race / any 的区别与场景；4) 错误处理：try/catch、未处理的 rejection；5) 限制并发数的实现思路（任务池）。",
    ],
    en: [
      "How do Promises and async/await work? How do you handle concurrent requests and errors?",
      "Async code is daily frontend work; this checks you can write robust async logic.",
      "1) Promise states and chaining; 2) async/await as sugar over promises and generators; 3) Promise.all / allSettled / race / any and when to use each; 4) error handling: try/catch, unhandled rejections; 5) how to cap concurrency with a task pool.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["react"],
    zh: [
      "React Hooks 的使用规则是什么？为什么不能在条件语句里调用 Hook？",
      "考察对 React 内部实现（Hook 链表、Fiber）的理解，而非只会用 API。",
      "1) 只在函数组件顶层和自定义 Hook 中调用；2) React 按调用顺序把 Hook 状态存在 Fiber 的链表上，条件调用会错位；3) useEffect 依赖数组与过期闭包；4) useMemo/useCallback 的适用场景和滥用代价；5) 自定义 Hook 的抽象经验。",
    ],
    en: [
      "What are the rules of hooks, and why can't you call a hook inside a condition?",
      "Tests understanding of React internals (the hook list on the fiber), not just the API.",
      "1) Only at the top level of components and custom hooks; 2) React stores hook state in call order on the fiber, so conditional calls misalign it; 3) useEffect dependencies and stale closures; 4) when useMemo/useCallback help and when they cost; 5) custom hooks you've extracted.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["react", "performance"],
    zh: [
      "React 的渲染机制是怎样的？你如何定位和优化不必要的重渲染？",
      "考察对 Fiber、调和（reconciliation）的理解和实际性能调优经验。",
      "1) state/props/context 变化触发渲染，render 阶段与 commit 阶段；2) 调和算法与 key 的作用；3) 用 React DevTools Profiler 定位；4) 优化：React.memo、useMemo/useCallback、状态下沉/拆分 context、列表虚拟化；5) 并发特性（useTransition）的使用场景。",
    ],
    en: [
      "How does React rendering work, and how do you find and fix unnecessary re-renders?",
      "Probes understanding of fibers and reconciliation and real performance tuning.",
      "1) state/props/context changes trigger renders; render vs commit phases; 2) reconciliation and why keys matter; 3) locating with the React DevTools Profiler; 4) fixes: React.memo, useMemo/useCallback, pushing state down, splitting context, list virtualisation; 5) when concurrent features such as useTransition help.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["vue"],
    zh: [
      "Vue 的响应式原理是什么？Vue 2 和 Vue 3 有什么区别？",
      "Vue 岗位必问，考察对依赖收集和派发更新的理解。",
      "1) Vue 2：Object.defineProperty 劫持 getter/setter，数组方法重写，新增属性需 $set；2) Vue 3：Proxy 实现，支持新增/删除属性和 Map/Set；3) 依赖收集（effect/track）与派发更新（trigger），异步批量更新（nextTick）；4) Composition API 带来的逻辑复用优势。",
    ],
    en: [
      "How does Vue reactivity work, and what changed from Vue 2 to Vue 3?",
      "A must-ask for Vue roles: tests dependency tracking and update scheduling.",
      "1) Vue 2: Object.defineProperty getters/setters, patched array methods, $set for new keys; 2) Vue 3: Proxy-based, handles added/deleted keys, Map/Set; 3) track/trigger and batched async updates (nextTick); 4) how the Composition API improves logic reuse.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["vue", "react"],
    zh: [
      "虚拟 DOM 和 diff 算法的作用是什么？key 为什么不能用数组下标？",
      "考察框架原理和常见 bug 的成因。",
      "1) 虚拟 DOM 用 JS 对象描述 UI，便于跨平台和批量更新；2) diff 同层比较、类型不同直接替换；3) key 帮助识别节点复用，用下标在插入/删除/排序时会导致状态错乱和多余更新；4) 虚拟 DOM 不一定比直接操作 DOM 快，价值在于开发效率和可维护性。",
    ],
    en: [
      "What do the virtual DOM and diffing achieve? Why shouldn't keys be array indexes?",
      "Tests framework internals and the cause of a common class of bugs.",
      "1) The virtual DOM describes UI as JS objects, enabling batching and multiple renderers; 2) diffing compares siblings at the same level and replaces on type change; 3) keys identify nodes for reuse — indexes break state and cause extra work on insert, delete or sort; 4) the virtual DOM isn't inherently faster than direct DOM work; its value is maintainability.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["css"],
    zh: [
      "讲讲 CSS 盒模型、BFC，以及常见的布局方案（Flex、Grid）如何选择。",
      "CSS 基础是前端基本功，考察能否高效、稳定地实现复杂布局。",
      "1) 标准盒模型与 border-box；2) BFC 触发条件和用途（清除浮动、防止 margin 合并）；3) Flex 适合一维布局，Grid 适合二维布局；4) 居中的几种实现；5) 响应式：媒体查询、rem/vw、容器查询。",
    ],
    en: [
      "Explain the CSS box model and block formatting contexts, and how you choose between Flexbox and Grid.",
      "CSS is core craft: this tests whether you can build complex layouts efficiently and robustly.",
      "1) content-box vs border-box; 2) what creates a BFC and why (containing floats, stopping margin collapse); 3) Flexbox for one dimension, Grid for two; 4) several ways to centre; 5) responsive techniques: media queries, rem/vw, container queries.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["browser", "performance"],
    zh: [
      "什么是重排（reflow）和重绘（repaint）？如何减少它们？",
      "考察渲染性能优化的基础知识，动画卡顿多与此有关。",
      "1) 几何属性变化触发重排，外观变化触发重绘；2) 读取 offsetTop 等会强制同步布局；3) 优化：批量读写、使用 transform/opacity 走合成层、避免布局抖动、requestAnimationFrame；4) 用 Performance 面板定位长任务和布局。",
    ],
    en: [
      "What are reflow and repaint, and how do you minimise them?",
      "Fundamentals of rendering performance — most janky animations trace back here.",
      "1) Geometry changes trigger layout; visual changes trigger paint; 2) reading offsetTop and similar forces synchronous layout; 3) batch reads and writes, animate transform/opacity on the compositor, avoid layout thrashing, use requestAnimationFrame; 4) find long tasks and layouts in the Performance panel.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["performance"],
    zh: [
      "如果一个页面首屏加载很慢，你会如何排查和优化？",
      "高频实战题，考察性能分析方法论和优化手段的广度。",
      "1) 先量化：Lighthouse、Web Vitals（LCP、INP、CLS）、真实用户监控；2) 网络层：资源体积（代码分割、Tree Shaking、图片压缩/WebP）、CDN、HTTP 缓存、预加载；3) 渲染层：关键 CSS、延迟非关键 JS、SSR/SSG、骨架屏；4) 运行时：长任务拆分；5) 优化前后数据对比和防劣化监控。",
    ],
    en: [
      "A page's first load is slow. How do you investigate and fix it?",
      "A frequent practical question testing your performance methodology and range of fixes.",
      "1) Measure first: Lighthouse, Web Vitals (LCP, INP, CLS), real-user monitoring; 2) network: bundle size (code splitting, tree shaking, image compression/WebP), CDN, HTTP caching, preload; 3) rendering: critical CSS, deferring non-critical JS, SSR/SSG, skeletons; 4) runtime: breaking up long tasks; 5) before/after numbers and regression monitoring.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["network", "caching"],
    zh: [
      "HTTP 缓存机制是怎样的？强缓存和协商缓存有什么区别？",
      "缓存是性能优化的关键，也是线上「用户看到旧版本」问题的根源。",
      "1) 强缓存：Cache-Control（max-age、no-cache、no-store）、Expires；2) 协商缓存：ETag/If-None-Match、Last-Modified/If-Modified-Since，返回 304；3) 静态资源用内容哈希文件名 + 长缓存，HTML 不缓存或协商缓存；4) Service Worker 缓存与 CDN 缓存的层次。",
    ],
    en: [
      "How does HTTP caching work? What's the difference between fresh (strong) and conditional caching?",
      "Caching is key to performance — and the root of 'users still see the old version' incidents.",
      "1) Freshness: Cache-Control (max-age, no-cache, no-store), Expires; 2) validation: ETag/If-None-Match, Last-Modified/If-Modified-Since → 304; 3) hashed filenames with long max-age for assets, HTML uncached or revalidated; 4) how service worker and CDN caches layer on top.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["web-security"],
    zh: [
      "XSS 和 CSRF 是什么？前端如何防范？",
      "安全是前端工程师必须具备的意识，考察常见攻击原理和防御。",
      "1) XSS：存储型、反射型、DOM 型；防御：输出转义、避免 innerHTML/v-html、CSP、HttpOnly Cookie；2) CSRF：利用用户登录态跨站发请求；防御：SameSite Cookie、CSRF Token、校验 Origin/Referer；3) 其他：点击劫持（X-Frame-Options）、依赖供应链安全。",
    ],
    en: [
      "What are XSS and CSRF, and how do you defend against them on the frontend?",
      "Security awareness is required of frontend engineers: attack mechanics and defences.",
      "1) XSS: stored, reflected, DOM-based; defences: output encoding, avoiding innerHTML/v-html, CSP, HttpOnly cookies; 2) CSRF: riding the user's session cross-site; defences: SameSite cookies, CSRF tokens, checking Origin/Referer; 3) also clickjacking (frame-ancestors) and dependency supply-chain risk.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["network"],
    zh: [
      "什么是跨域？有哪些解决方案，各自的适用场景？",
      "前后端联调的常见问题，考察对同源策略和 CORS 的理解。",
      "1) 同源策略：协议、域名、端口一致；2) CORS：简单请求与预检请求、Access-Control-Allow-* 头、携带 Cookie 的条件；3) 开发环境代理、Nginx 反向代理；4) JSONP 的原理与局限；5) postMessage 用于跨窗口通信。",
    ],
    en: [
      "What is a cross-origin request, and what are the solutions and their trade-offs?",
      "A common integration issue; checks understanding of the same-origin policy and CORS.",
      "1) Same origin = scheme, host, port; 2) CORS: simple vs preflighted requests, Access-Control-Allow-* headers, credentials rules; 3) dev-server proxies and Nginx reverse proxies; 4) JSONP and its limits; 5) postMessage for cross-window messaging.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["typescript"],
    zh: [
      "TypeScript 中 interface 和 type 有什么区别？你如何用泛型和类型工具提升代码质量？",
      "考察 TS 的实际使用深度，而不只是给变量加类型。",
      "1) interface 可声明合并、适合描述对象和类；type 可表示联合、交叉、映射类型；2) 泛型约束（extends）与默认值；3) 常用工具类型：Partial、Pick、Omit、Record、ReturnType；4) 类型收窄与可辨识联合；5) 避免 any，使用 unknown 和类型守卫。",
    ],
    en: [
      "What's the difference between interface and type in TypeScript, and how do you use generics and utility types to improve code?",
      "Tests real depth with TypeScript beyond annotating variables.",
      "1) interface merges and suits objects/classes; type covers unions, intersections, mapped types; 2) generic constraints and defaults; 3) Partial, Pick, Omit, Record, ReturnType; 4) narrowing and discriminated unions; 5) avoid any — prefer unknown plus type guards.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["webpack", "vite", "engineering"],
    zh: [
      "webpack 和 Vite 的构建原理有什么不同？你做过哪些构建优化？",
      "考察前端工程化能力，构建速度和产物体积直接影响研发效率和用户体验。",
      "1) webpack：从入口构建依赖图，loader 转换、plugin 扩展，打包成 bundle；2) Vite：开发时基于原生 ESM 按需编译，生产用 Rollup 打包；3) 优化：缓存（持久化缓存）、并行、减少 loader 范围、代码分割、Tree Shaking、分析产物（bundle analyzer）；4) 给出具体的优化数据。",
    ],
    en: [
      "How do webpack and Vite differ in how they build? What build optimisations have you done?",
      "Tests frontend engineering skill: build speed and bundle size affect both developers and users.",
      "1) webpack builds a dependency graph from entries, transforms with loaders, extends with plugins, emits bundles; 2) Vite serves native ESM on demand in dev and bundles with Rollup for production; 3) optimisations: persistent caching, parallelism, narrowing loader scope, code splitting, tree shaking, bundle analysis; 4) give concrete before/after numbers.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["redux", "vuex", "react", "vue"],
    zh: [
      "在大型前端应用中，你如何做状态管理？什么状态应该放在全局？",
      "考察架构能力：状态设计不当会导致性能问题和难以维护的代码。",
      "1) 区分服务端状态（React Query/SWR 缓存）、全局客户端状态（用户、主题）、局部 UI 状态；2) 全局状态库选型（Redux Toolkit、Zustand、Pinia）的依据；3) 避免把所有数据塞进全局；4) 状态归一化与派生数据；5) 举例说明你重构过的状态设计。",
    ],
    en: [
      "How do you manage state in a large frontend app? What belongs in global state?",
      "Tests architecture: poor state design leads to performance problems and unmaintainable code.",
      "1) Separate server state (React Query/SWR caches), global client state (user, theme) and local UI state; 2) why you'd choose Redux Toolkit, Zustand or Pinia; 3) don't put everything global; 4) normalisation and derived data; 5) a state design you refactored.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["javascript"],
    zh: [
      "手写防抖（debounce）和节流（throttle），并说明各自的使用场景。",
      "常见手写题，考察闭包、this 和定时器的掌握以及场景判断。",
      "1) 防抖：事件停止触发 N 毫秒后才执行，适合搜索联想、窗口 resize 结束；2) 节流：固定间隔最多执行一次，适合滚动、拖拽；3) 实现要点：保存 timer、正确传递 this 和参数、leading/trailing 选项、cancel 方法；4) React 中结合 useRef/useMemo 使用。",
    ],
    en: [
      "Implement debounce and throttle and explain when to use each.",
      "A common coding exercise: closures, this, timers and judgement about use cases.",
      "1) Debounce: run only after N ms of silence — search suggestions, end of resize; 2) throttle: at most once per interval — scroll, drag; 3) keep the timer, pass this/args correctly, leading/trailing options, a cancel method; 4) using them in React with useRef/useMemo.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["javascript", "algorithms"],
    zh: [
      "实现一个深拷贝函数，需要考虑哪些边界情况？",
      "考察对数据类型和引用的理解，以及代码的严谨性。",
      "1) 基本类型直接返回；2) 递归处理对象和数组；3) 循环引用用 WeakMap 记录；4) 特殊类型：Date、RegExp、Map、Set、Symbol 键、函数；5) 提到 structuredClone 及其局限；6) JSON 方法的缺陷（丢失 undefined、函数、循环引用报错）。",
    ],
    en: [
      "Implement a deep clone. Which edge cases matter?",
      "Tests understanding of types and references and the rigour of your code.",
      "1) Return primitives as-is; 2) recurse into objects and arrays; 3) track cycles with a WeakMap; 4) special cases: Date, RegExp, Map, Set, symbol keys, functions; 5) mention structuredClone and its limits; 6) why JSON round-tripping fails (drops undefined and functions, throws on cycles).",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["micro-frontend", "engineering"],
    zh: [
      "什么是微前端？什么情况下适合使用，有哪些技术难点？",
      "考察大型应用架构经验和技术选型判断。",
      "1) 定义：多个独立开发部署的前端应用组合成一个整体；2) 适用：多团队、遗留系统渐进迁移；不适用：小团队单体应用；3) 方案：qiankun/single-spa、Module Federation、iframe；4) 难点：JS/CSS 隔离、公共依赖共享、应用通信、路由与登录态；5) 你的实践和收益。",
    ],
    en: [
      "What are micro-frontends, when are they appropriate and what are the hard parts?",
      "Tests large-scale architecture experience and judgement about technology choices.",
      "1) Independently built and deployed apps composed into one; 2) good for many teams and incremental legacy migration, overkill for a small team; 3) options: qiankun/single-spa, Module Federation, iframes; 4) hard parts: JS/CSS isolation, shared dependencies, cross-app communication, routing and auth; 5) your experience and what it paid off.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["ssr", "nextjs", "nuxt"],
    zh: [
      "SSR、SSG、CSR 有什么区别？你会如何为一个内容站点选择渲染方式？",
      "考察渲染策略与 SEO、性能、成本之间的权衡。",
      "1) CSR：首屏依赖 JS，SEO 弱；SSR：服务端生成 HTML，首屏快、利于 SEO，但有服务器成本和水合开销；SSG/ISR：构建时生成，适合内容相对静态的页面；2) 水合（hydration）及其性能问题；3) 选型依据：内容更新频率、个性化程度、SEO 需求、团队运维能力；4) Next.js/Nuxt 实践。",
    ],
    en: [
      "How do SSR, SSG and CSR differ? How would you choose for a content site?",
      "Tests the trade-offs between rendering strategy, SEO, performance and cost.",
      "1) CSR: first paint waits for JS, weak SEO; SSR: HTML from the server, fast first paint and good SEO but server cost and hydration overhead; SSG/ISR: pre-built pages for mostly static content; 2) hydration and its cost; 3) decide by update frequency, personalisation, SEO needs and ops capacity; 4) your Next.js/Nuxt experience.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["miniprogram"],
    zh: [
      "微信小程序的运行机制是怎样的？和 H5 开发有什么区别？",
      "小程序在国内业务中非常普遍，考察对双线程模型和性能限制的理解。",
      "1) 逻辑层（JS）与渲染层（WebView）分离，通过 Native 通信；2) setData 的性能问题：减少频率和数据量；3) 包体积限制与分包加载；4) 与 H5 的差异：无 DOM/BOM、生命周期、授权与登录、审核发布流程；5) 跨端框架（Taro/uni-app）的取舍。",
    ],
    en: [
      "How do WeChat Mini Programs work, and how does developing them differ from H5?",
      "Mini programs are everywhere in Chinese products; tests understanding of the dual-thread model and its limits.",
      "1) Logic layer (JS) and view layer (WebView) separated, bridged by native code; 2) setData cost — reduce frequency and payload; 3) package size limits and subpackages; 4) differences from H5: no DOM/BOM, lifecycle, authorisation and login, review and release; 5) trade-offs of cross-platform frameworks (Taro, uni-app).",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["unit-testing", "test-automation"],
    zh: [
      "你在前端项目中是如何做测试的？哪些代码值得写测试？",
      "考察工程质量意识，以及对测试金字塔和投入产出的判断。",
      "1) 单元测试（Jest/Vitest）覆盖工具函数和复杂逻辑；2) 组件测试（Testing Library）关注用户行为而非实现细节；3) E2E（Playwright/Cypress）覆盖核心链路；4) 值得测：业务核心、易回归、逻辑复杂处；5) 在 CI 中运行和覆盖率的合理目标。",
    ],
    en: [
      "How do you test frontend code, and what is worth testing?",
      "Tests your quality mindset and judgement about the testing pyramid and return on effort.",
      "1) Unit tests (Jest/Vitest) for utilities and complex logic; 2) component tests (Testing Library) that follow user behaviour, not implementation; 3) end-to-end (Playwright/Cypress) for critical flows; 4) test core business logic, regression-prone and complex code; 5) running in CI and sensible coverage goals.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["component-library", "design-system"],
    zh: [
      "如果让你设计一个团队通用的组件库，你会怎么做？",
      "考察抽象能力和工程化思维：API 设计、可维护性、文档和版本管理。",
      "1) 调研需求，与设计团队对齐设计规范（Design Tokens）；2) 组件 API 设计原则：受控/非受控、组合优于配置、可访问性；3) 主题定制与样式隔离；4) 文档（Storybook）、测试、按需加载；5) 版本发布与升级策略（语义化版本、changelog、codemod）。",
    ],
    en: [
      "How would you design a component library for your team?",
      "Tests abstraction and engineering thinking: API design, maintainability, docs and versioning.",
      "1) Gather needs and align design tokens with designers; 2) API principles: controlled/uncontrolled, composition over configuration, accessibility; 3) theming and style isolation; 4) docs (Storybook), tests, tree-shakable imports; 5) releases: semver, changelogs, codemods for upgrades.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["h5", "responsive"],
    zh: [
      "移动端 H5 适配有哪些方案？你遇到过哪些兼容性问题？",
      "移动端是前端主战场，考察真实踩坑经验。",
      "1) 视口设置、rem/vw 方案、1px 边框问题；2) 刘海屏安全区（safe-area-inset）；3) iOS 与 Android 差异：软键盘遮挡、滚动穿透、日期解析、音视频自动播放；4) 调试手段：vConsole、真机远程调试；5) 具体问题和解决方法举例。",
    ],
    en: [
      "How do you adapt H5 pages for mobile, and what compatibility problems have you hit?",
      "Mobile web is the main battlefield; this checks real-world experience.",
      "1) Viewport settings, rem/vw approaches, the 1px border problem; 2) notches and safe-area insets; 3) iOS vs Android quirks: keyboard overlap, scroll chaining, date parsing, media autoplay; 4) debugging with vConsole and remote devices; 5) a concrete problem you solved.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["javascript", "browser"],
    zh: [
      "前端常见的内存泄漏有哪些？如何发现和排查？",
      "单页应用长时间运行，内存泄漏会导致页面卡顿甚至崩溃。",
      "1) 常见原因：未清理的定时器和事件监听、闭包持有 DOM、全局变量、被移除却仍被引用的 DOM、未取消的订阅；2) 排查：Chrome Memory 面板堆快照对比、Performance 监控内存曲线；3) 在框架中：组件卸载时清理副作用；4) 举一个你排查过的例子。",
    ],
    en: [
      "What causes memory leaks in frontend apps, and how do you find them?",
      "Long-running single-page apps slow down or crash when they leak.",
      "1) Causes: timers and listeners never removed, closures holding DOM nodes, globals, detached DOM still referenced, subscriptions never cancelled; 2) compare heap snapshots in the Memory panel, watch the memory graph in Performance; 3) clean up effects on unmount; 4) a leak you tracked down.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["system-design", "frontend"],
    zh: [
      "设计一个前端监控系统（错误、性能、行为埋点），你会怎么做？",
      "前端系统设计题，考察全链路思维：采集、上报、存储、分析和告警。",
      "1) 采集：window.onerror、unhandledrejection、资源错误、Web Vitals、自定义埋点；2) 上报：sendBeacon、批量与采样、失败重试；3) SourceMap 还原错误堆栈；4) 服务端存储与聚合、告警规则；5) 隐私合规与性能开销控制。",
    ],
    en: [
      "Design a frontend monitoring system for errors, performance and user events.",
      "A frontend system-design question testing end-to-end thinking: capture, transport, storage, analysis, alerting.",
      "1) Capture: window.onerror, unhandledrejection, resource errors, Web Vitals, custom events; 2) transport: sendBeacon, batching and sampling, retries; 3) source-map symbolication; 4) storage, aggregation and alert rules; 5) privacy and keeping the overhead low.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["git", "ci-cd"],
    zh: [
      "你们团队的前端发布流程是怎样的？如何做到安全上线和快速回滚？",
      "考察工程规范和线上意识。",
      "1) 分支策略与代码评审；2) CI：lint、类型检查、测试、构建；3) 发布：静态资源上 CDN、HTML 最后发布、灰度/金丝雀；4) 回滚：保留历史版本、一键切换；5) 上线后监控指标和告警。",
    ],
    en: [
      "What does your team's frontend release process look like? How do you ship safely and roll back fast?",
      "Tests engineering discipline and production awareness.",
      "1) Branching and code review; 2) CI: lint, type check, tests, build; 3) release: assets to CDN first, HTML last, canary or gradual rollout; 4) rollback: keep previous versions and switch in one step; 5) post-release monitoring and alerts.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["performance", "javascript"],
    zh: [
      "如何渲染一个有 10 万条数据的列表而不卡顿？",
      "高频场景题，考察性能优化的具体手段。",
      "1) 虚拟列表：只渲染可视区域及缓冲区，处理不定高度；2) 分片渲染：requestAnimationFrame/requestIdleCallback；3) 数据处理放到 Web Worker；4) 分页或无限滚动结合接口改造；5) 对比各方案的适用场景和你的实践数据。",
    ],
    en: [
      "How would you render a list of 100,000 rows without jank?",
      "A common scenario testing concrete performance techniques.",
      "1) Virtualisation: render only the viewport plus a buffer, handling variable heights; 2) time-slicing with requestAnimationFrame/requestIdleCallback; 3) move data processing to a Web Worker; 4) pagination or infinite scroll with API changes; 5) when each fits, with your own numbers.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["nodejs"],
    zh: [
      "你用 Node.js 做过什么？BFF 层在前端架构中解决了什么问题？",
      "考察全栈视野，很多前端团队负责 BFF 和工具链。",
      "1) 使用场景：BFF 接口聚合、SSR、构建工具、CLI 脚手架；2) BFF 解决：多端数据裁剪、接口聚合减少请求、前端自主迭代；3) 代价：运维、稳定性、监控；4) Node.js 的非阻塞 I/O 模型与 CPU 密集任务的处理。",
    ],
    en: [
      "What have you built with Node.js? What problem does a BFF layer solve?",
      "Tests full-stack perspective; many frontend teams own the BFF and the toolchain.",
      "1) Uses: BFF aggregation, SSR, build tools, CLIs; 2) a BFF tailors data per client, cuts round-trips and lets the frontend iterate independently; 3) costs: operations, stability, monitoring; 4) Node's non-blocking I/O and handling CPU-heavy work.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["accessibility"],
    zh: [
      "你如何保证网页的可访问性（无障碍）？",
      "可访问性越来越受重视（尤其外企和出海业务），考察专业素养。",
      "1) 语义化 HTML 和正确的标题层级；2) 键盘可操作、焦点管理；3) ARIA 属性的正确使用（不滥用）；4) 颜色对比度、替代文本；5) 工具：axe、Lighthouse、屏幕阅读器实测。",
    ],
    en: [
      "How do you make web pages accessible?",
      "Accessibility matters more and more (especially at international companies); a sign of professionalism.",
      "1) Semantic HTML and a correct heading structure; 2) keyboard operability and focus management; 3) ARIA used correctly and sparingly; 4) colour contrast and text alternatives; 5) tools: axe, Lighthouse, real screen-reader checks.",
    ],
  },
  // —— Project ——
  {
    c: "project",
    d: 2,
    zh: [
      "讲一个你做过的最复杂的前端项目：技术选型是怎么定的？",
      "考察技术决策能力：为什么选这个框架和架构，是否权衡过备选方案。",
      "1) 业务背景与核心挑战；2) 候选方案及对比维度（团队熟悉度、生态、性能、维护成本）；3) 最终选择与理由；4) 实施中的问题及调整；5) 回头看选型是否正确。",
    ],
    en: [
      "Tell me about the most complex frontend project you've built. How were the technology choices made?",
      "Tests technical decision-making: why that framework and architecture, and which alternatives you weighed.",
      "1) Business context and core challenge; 2) candidate options and criteria (team skills, ecosystem, performance, maintenance cost); 3) the choice and reasoning; 4) problems during delivery and adjustments; 5) whether it was right in hindsight.",
    ],
  },
  {
    c: "project",
    d: 3,
    zh: [
      "你做过的性能优化中，效果最明显的一次是什么？数据是怎么测出来的？",
      "检验性能优化经历的真实性和方法论。",
      "1) 问题发现（监控告警/用户反馈）；2) 指标与基线（LCP、TTI、接口耗时，测试环境与真实用户数据）；3) 定位瓶颈的过程；4) 优化手段和取舍；5) 优化后数据和长期防劣化措施。",
    ],
    en: [
      "What was your most effective performance optimisation, and how did you measure it?",
      "Checks whether the performance work on your résumé is real and methodical.",
      "1) How the problem surfaced (monitoring, user complaints); 2) metrics and baseline (LCP, TTI, API latency; lab vs field data); 3) finding the bottleneck; 4) the fixes and trade-offs; 5) results and how you prevent regressions.",
    ],
  },
  {
    c: "project",
    d: 2,
    zh: [
      "你在项目中如何与后端、设计和产品协作？遇到过接口或设计稿反复变更吗？",
      "前端处在协作中心，考察沟通和推动能力。",
      "1) 需求评审阶段提前发现问题；2) 接口约定：文档/Mock/类型共享；3) 设计走查与还原度标准；4) 需求变更的处理：评估影响、同步排期、留痕；5) 一个具体的协作改进例子。",
    ],
    en: [
      "How do you work with backend, design and product? Have you dealt with APIs or designs changing repeatedly?",
      "Frontend sits at the centre of collaboration; this tests communication and drive.",
      "1) Catch issues in requirement reviews; 2) API contracts: docs, mocks, shared types; 3) design reviews and fidelity standards; 4) handling change: assess impact, re-plan, keep a record; 5) one collaboration improvement you made.",
    ],
  },
  {
    c: "project",
    d: 3,
    zh: [
      "你主导过的一次前端重构：为什么要重构，如何保证重构过程不影响业务？",
      "考察对技术债的判断和大规模改造的风险控制能力。",
      "1) 重构动因（维护成本、性能、技术栈过时）及数据支撑；2) 说服团队和业务方；3) 渐进式策略：新旧并存、按模块迁移、特性开关；4) 质量保障：测试、灰度、监控；5) 结果与收益。",
    ],
    en: [
      "Describe a frontend refactor you led: why, and how you kept the business running during it.",
      "Tests judgement about technical debt and risk control in large changes.",
      "1) The reason (maintenance cost, performance, outdated stack) with evidence; 2) getting buy-in; 3) incremental strategy: old and new side by side, module-by-module, feature flags; 4) safety: tests, canary, monitoring; 5) results and benefits.",
    ],
  },
  {
    c: "project",
    d: 2,
    zh: [
      "你在项目里沉淀过哪些可复用的东西（组件、工具、规范）？被多少人使用？",
      "考察影响力是否超出个人任务范围。",
      "1) 沉淀的内容及起因（重复劳动、质量问题）；2) 设计与实现要点；3) 推广方式（文档、分享、接入支持）；4) 使用范围和节省的工作量；5) 维护与迭代。",
    ],
    en: [
      "What reusable things have you built on a project — components, tools, standards — and how widely are they used?",
      "Tests whether your impact reaches beyond your own tickets.",
      "1) What you built and why (repeated work, quality problems); 2) key design and implementation points; 3) how you drove adoption (docs, talks, support); 4) reach and effort saved; 5) maintenance and iteration.",
    ],
  },
  // —— Behavioural, role-specific ——
  {
    c: "behavioral",
    d: 2,
    zh: [
      "产品提了一个你认为体验不好或技术成本很高的需求，你会怎么处理？",
      "考察工程师的产品意识和沟通方式：不是简单拒绝或照做。",
      "1) 先理解需求背后的目标和用户场景；2) 评估技术成本和风险，给出数据；3) 提出替代方案（分期实现、简化版本）；4) 与产品共同决策；5) 举例说明结果。",
    ],
    en: [
      "Product asks for something you think is a poor experience or very costly to build. What do you do?",
      "Tests an engineer's product sense and communication — neither refusing nor blindly building.",
      "1) Understand the goal and user scenario behind it; 2) estimate cost and risk with evidence; 3) offer alternatives (phased, simpler version); 4) decide together; 5) an example and its outcome.",
    ],
  },
  {
    c: "behavioral",
    d: 2,
    zh: [
      "讲一次线上事故（白屏、功能异常）的处理经历。",
      "考察应急处理能力和复盘意识。",
      "1) 发现方式和影响范围；2) 止损优先：回滚、降级、开关；3) 定位根因的过程；4) 修复和验证；5) 复盘与改进（监控、测试、发布流程）。",
    ],
    en: [
      "Tell me about a production incident you handled (blank page, broken feature).",
      "Tests incident response and the habit of learning from failures.",
      "1) How it was detected and its impact; 2) stop the bleeding first: rollback, degrade, feature flag; 3) finding the root cause; 4) fix and verification; 5) the post-mortem and improvements (monitoring, tests, release process).",
    ],
  },
  {
    c: "behavioral",
    d: 1,
    zh: [
      "你最近在关注哪些前端技术趋势？有没有在项目中尝试过？",
      "考察技术热情和学习主动性，以及引入新技术的判断。",
      "1) 1–2 个具体趋势（如 React Server Components、构建工具 Rust 化、AI 辅助开发）；2) 你的理解和判断；3) 是否在项目中试点及效果；4) 引入新技术的评估标准。",
    ],
    en: [
      "Which frontend trends are you following, and have you tried any in a project?",
      "Tests enthusiasm and learning initiative, and judgement about adopting new technology.",
      "1) One or two specific trends (React Server Components, Rust-based tooling, AI-assisted coding); 2) your understanding and view; 3) any pilot and its result; 4) how you decide whether to adopt something new.",
    ],
  },
]);

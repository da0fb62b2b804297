#!/usr/bin/python3
"""Writes the woshou demo bundle (importers/demo/bundle/*.csv).

The scenario is an invented Tianjin-style city: four invented universities,
their majors (real national major codes and names), training plans, courses,
prerequisites and skills, plus invented employers in the city's industries,
three years of demands and three graduation years of outcomes.

Python 3 standard library only. Seeded, so a run always writes byte-identical
files. The hand-written core (skills, course templates, majors, occupations,
employers) lives in the tables below; the volume (elective choice, catalogue
numbering, weights, demands, outcomes) is drawn from random.Random(SEED).
After writing, the bundle is read back and checked; any problem exits non-zero.

Usage: python3 importers/demo/generate_demo.py [--out DIR]
"""

import argparse
import csv
import datetime
import io
import os
import random
import sys
from collections import defaultdict

SEED = 20261129
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "bundle")

# --------------------------------------------------------------------------
# Skills. One row per line: id ; label ; label_en ; alt labels (|) ; parent.
# Parents are listed before their children so the file reads top-down.
# --------------------------------------------------------------------------
SKILLS_TEXT = """
sk.programming; 编程; Programming; 程序设计|Coding;
sk.software-eng; 软件工程; Software engineering; 软件开发|SE;
sk.data; 数据分析; Data analysis; 数据分析能力|Data analytics;
sk.data-eng; 大数据技术; Big data engineering; 大数据|Big data;
sk.ai; 人工智能; Artificial intelligence; AI|智能算法;
sk.math; 数理基础; Mathematics and physics; 数学|Math;
sk.systems; 计算机系统; Computer systems; 系统能力|Systems;
sk.security; 网络空间安全; Cybersecurity; 信息安全|Security;
sk.xinchuang; 信创技术; IT application innovation stack; 信创|国产化|Xinchuang;
sk.electrical; 电气与电子; Electrical and electronic engineering; 电子技术|电气;
sk.control; 自动控制; Automatic control; 自动化|Automation;
sk.mech; 机械工程; Mechanical engineering; 机械|ME;
sk.smart-mfg; 智能制造; Intelligent manufacturing; 智造|Smart manufacturing;
sk.comm; 通信技术; Communication technology; 通信|Telecom;
sk.chemistry; 化学; Chemistry; 化学基础;
sk.bio; 生物技术; Biotechnology; 生物工程|Biotech;
sk.pharma; 药学与制药; Pharmacy and pharmaceutical engineering; 药学|制药|Pharma;
sk.logistics; 物流与供应链; Logistics and supply chain; 物流|供应链;
sk.transport; 港航与交通运输; Ports, shipping and transportation; 交通运输|港航;
sk.finance; 金融; Finance; 金融学|金融业务;
sk.management; 管理与信息系统; Management and information systems; 管理|Management;
sk.transversal; 通用能力; Transversal skills; 软技能|Soft skills;
sk.c; C语言编程; C programming; C|C语言; sk.programming
sk.cpp; C++编程; C++ programming; C++|CPP; sk.programming
sk.java; Java编程; Java programming; Java|JavaSE; sk.programming
sk.spring; Spring Boot开发; Spring Boot development; Spring|SpringBoot|Spring Cloud; sk.java
sk.python; Python编程; Python programming; Python|Python3; sk.programming
sk.pandas; Pandas数据处理; Data wrangling with pandas; pandas|NumPy|数据清洗; sk.python
sk.go; Go语言编程; Go programming; Go|Golang; sk.programming
sk.javascript; JavaScript编程; JavaScript programming; JS|ES6|TypeScript; sk.programming
sk.vue; Vue.js前端框架; Vue.js framework; Vue|Vue3; sk.javascript
sk.matlab; MATLAB编程; MATLAB programming; MATLAB|Simulink; sk.programming
sk.r; R语言; R programming; R|RStudio; sk.programming
sk.shell; Shell脚本; Shell scripting; Bash|Shell; sk.programming
sk.assembly; 汇编语言; Assembly language; ASM|汇编; sk.programming
sk.oop; 面向对象程序设计; Object-oriented programming; OOP|面向对象; sk.programming
sk.algorithms; 数据结构与算法; Data structures and algorithms; DSA|算法设计|LeetCode; sk.programming
sk.req-analysis; 需求分析; Requirements analysis; 需求工程|Requirements engineering; sk.software-eng
sk.software-design; 软件设计与建模; Software design and modelling; UML|设计模式|Design patterns; sk.software-eng
sk.testing; 软件测试; Software testing; QA|测试用例设计; sk.software-eng
sk.test-automation; 自动化测试; Test automation; Selenium|Pytest|接口测试; sk.testing
sk.git; 版本控制; Version control with Git; Git|GitHub|GitLab; sk.software-eng
sk.web-backend; Web后端开发; Web back-end development; 后端开发|Backend|RESTful API; sk.software-eng
sk.jsp; JSP/Servlet开发; JSP and Servlet development; JSP|Servlet|Struts; sk.web-backend
sk.web-frontend; Web前端开发; Web front-end development; 前端开发|HTML|CSS|Frontend; sk.software-eng
sk.mobile-dev; 移动应用开发; Mobile app development; Android|iOS|App开发; sk.software-eng
sk.microservices; 微服务架构; Microservice architecture; Microservices|服务治理; sk.software-eng
sk.devops; DevOps与持续集成; DevOps and CI/CD; CI/CD|Jenkins|持续交付; sk.software-eng
sk.project-mgmt; 项目管理; Project management; Scrum|敏捷开发|Agile|PMP; sk.software-eng
sk.hci; 人机交互设计; Human-computer interaction; HCI|交互设计|UX; sk.software-eng
sk.sql; SQL; SQL querying; 结构化查询语言|MySQL|PostgreSQL; sk.data
sk.statistics; 统计分析; Statistical analysis; Statistics|统计学|描述统计; sk.data
sk.stat-modeling; 统计建模; Statistical modelling; 回归分析|Regression|时间序列; sk.statistics
sk.spss; SPSS/SAS统计软件; SPSS and SAS; SPSS|SAS; sk.statistics
sk.db-design; 数据库设计与数据建模; Database design and data modelling; ER建模|Data modelling|数据建模|范式设计; sk.data
sk.data-viz; 数据可视化; Data visualisation; Tableau|ECharts|Power BI|可视化; sk.data
sk.excel; Excel数据处理; Spreadsheet analysis with Excel; Excel|电子表格|数据透视表; sk.data
sk.bi; 商业智能; Business intelligence; BI|报表开发|FineBI; sk.data
sk.data-mining; 数据挖掘; Data mining; 关联规则|聚类分析; sk.data
sk.data-governance; 数据治理; Data governance; 数据质量|元数据管理|主数据管理; sk.data
sk.hadoop; Hadoop生态; Hadoop ecosystem; Hadoop|HDFS|MapReduce|Hive; sk.data-eng
sk.spark; Spark分布式计算; Apache Spark; Spark|PySpark|Spark SQL; sk.data-eng
sk.flink; 流式计算; Stream processing; Flink|Kafka|流处理; sk.data-eng
sk.etl; ETL与数据仓库; ETL and data warehousing; ETL|数据仓库|Data warehouse|数仓建模; sk.data-eng
sk.nosql; NoSQL数据库; NoSQL databases; Redis|MongoDB|HBase; sk.data-eng
sk.ml; 机器学习; Machine learning; ML|机器学习算法|ML algorithms; sk.ai
sk.sklearn; scikit-learn建模; Modelling with scikit-learn; sklearn|scikit-learn; sk.ml
sk.dl; 深度学习; Deep learning; DL|神经网络|Neural networks; sk.ai
sk.pytorch; 深度学习框架; Deep learning frameworks; PyTorch|TensorFlow|PaddlePaddle|飞桨; sk.dl
sk.cv; 计算机视觉; Computer vision; CV|图像识别|OpenCV; sk.ai
sk.nlp; 自然语言处理; Natural language processing; NLP|文本挖掘|Text mining; sk.ai
sk.llm; 大模型应用开发; LLM application development; LLM|大语言模型|RAG|LangChain|AIGC; sk.ai
sk.prompt; 提示工程; Prompt engineering; Prompt|提示词设计; sk.llm
sk.llm-finetune; 大模型微调; LLM fine-tuning; Fine-tuning|LoRA|SFT; sk.llm
sk.ai-deploy; 模型部署与推理优化; Model deployment and inference optimisation; MLOps|ONNX|TensorRT|模型部署; sk.ai
sk.knowledge-graph; 知识图谱; Knowledge graphs; KG|图数据库; sk.ai
sk.rl; 强化学习; Reinforcement learning; RL; sk.ai
sk.calculus; 微积分; Calculus; 高等数学|数学分析; sk.math
sk.linear-algebra; 线性代数; Linear algebra; 矩阵运算|Matrix algebra; sk.math
sk.probability; 概率论; Probability theory; Probability|随机过程; sk.math
sk.discrete-math; 离散数学; Discrete mathematics; Discrete math|图论; sk.math
sk.numerical; 数值计算; Numerical methods; 数值分析|Numerical analysis; sk.math
sk.optimization; 最优化与运筹; Optimisation and operations research; 运筹学|Operations research|线性规划; sk.math
sk.simulation; 系统建模与仿真; Systems modelling and simulation; 仿真|Simulation|AnyLogic|Flexsim; sk.math
sk.physics; 大学物理; University physics; 物理|Physics; sk.math
sk.os; 操作系统; Operating systems; OS|操作系统原理; sk.systems
sk.linux; Linux系统管理; Linux administration; Linux|CentOS|Ubuntu|运维; sk.systems
sk.networking; 计算机网络; Computer networking; TCP/IP|网络协议|Networking; sk.systems
sk.computer-arch; 计算机组成与体系结构; Computer organisation and architecture; 计算机组成原理|Computer architecture; sk.systems
sk.compilers; 编译技术; Compiler construction; 编译原理|Compilers; sk.systems
sk.cloud; 云计算; Cloud computing; 公有云|Cloud|阿里云|华为云; sk.systems
sk.docker; 容器技术; Containers; Docker|容器化; sk.cloud
sk.k8s; Kubernetes容器编排; Kubernetes; K8s|云原生|Cloud native; sk.cloud
sk.distributed; 分布式系统; Distributed systems; 分布式|Distributed computing; sk.systems
sk.embedded; 嵌入式系统开发; Embedded systems development; 嵌入式|STM32|单片机|Embedded; sk.systems
sk.rtos; 实时操作系统; Real-time operating systems; RTOS|FreeRTOS|RT-Thread; sk.embedded
sk.iot; 物联网技术; Internet of Things; IoT|传感网|物联网; sk.systems
sk.netsec; 网络安全防护; Network security; 防火墙|入侵检测; sk.security
sk.pentest; 渗透测试; Penetration testing; 漏洞挖掘|Pentest|CTF; sk.security
sk.crypto; 密码学应用; Applied cryptography; 密码学|国密算法|SM2|SM4; sk.security
sk.sec-ops; 安全运维与应急响应; Security operations and incident response; SOC|应急响应|安全运营; sk.security
sk.djbh; 等级保护合规; Classified protection compliance; 等保2.0|等级保护|MLPS; sk.security
sk.data-security; 数据安全与隐私保护; Data security and privacy; 个人信息保护|数据脱敏|Privacy; sk.security
sk.domestic-os; 国产操作系统; Domestic operating systems; 麒麟操作系统|Kylin|统信UOS|openEuler; sk.xinchuang
sk.domestic-db; 国产数据库; Domestic databases; 达梦|DM8|人大金仓|KingbaseES|openGauss; sk.xinchuang
sk.domestic-cpu; 国产芯片平台开发; Development on domestic CPU platforms; 鲲鹏|飞腾|龙芯|ARM64移植; sk.xinchuang
sk.harmonyos; 鸿蒙应用开发; HarmonyOS development; HarmonyOS|ArkTS|OpenHarmony|鸿蒙; sk.xinchuang
sk.middleware; 国产中间件; Domestic middleware; TongWeb|东方通|中间件; sk.xinchuang
sk.migration; 信创适配与迁移; Migration and compatibility adaptation; 信创适配|兼容性测试|国产化迁移; sk.xinchuang
sk.circuits; 电路分析; Circuit analysis; 电路原理|Circuit theory; sk.electrical
sk.analog; 模拟电子技术; Analogue electronics; 模电|Analog electronics; sk.electrical
sk.digital-logic; 数字逻辑设计; Digital logic design; 数电|数字电路|Digital logic; sk.electrical
sk.fpga; FPGA开发; FPGA development; FPGA|Verilog|VHDL; sk.digital-logic
sk.ic-design; 集成电路设计; Integrated circuit design; IC设计|芯片设计|EDA; sk.electrical
sk.power-electronics; 电力电子技术; Power electronics; 变流器|逆变器; sk.electrical
sk.power-systems; 电力系统分析; Power systems analysis; 电网|继电保护|Power systems; sk.electrical
sk.motors; 电机与拖动; Electric machines and drives; 电机控制|变频器|Electric machines; sk.electrical
sk.pcb; PCB设计; PCB design; PCB|Altium Designer|电路板设计; sk.electrical
sk.signals; 信号与系统; Signals and systems; 傅里叶分析|Fourier analysis; sk.electrical
sk.dsp; 数字信号处理; Digital signal processing; DSP|滤波器设计; sk.signals
sk.new-energy; 新能源发电与储能; Renewable generation and energy storage; 光伏|储能|风电|Renewable energy; sk.electrical
sk.control-theory; 自动控制原理; Control theory; PID|控制系统设计; sk.control
sk.plc; PLC编程; PLC programming; PLC|西门子S7|梯形图|TIA Portal; sk.control
sk.scada; 工业组态与SCADA; SCADA and HMI; SCADA|组态软件|WinCC|HMI; sk.control
sk.sensors; 传感器与检测技术; Sensors and measurement; 传感器|Sensors|检测技术; sk.control
sk.motion-control; 运动控制; Motion control; 伺服控制|Servo; sk.control
sk.process-control; 过程控制; Process control; DCS|过程控制系统; sk.control
sk.drafting; 工程制图; Engineering drawing; 机械制图|识图; sk.mech
sk.cad; CAD建模; CAD modelling; CAD|AutoCAD|SolidWorks|三维建模; sk.mech
sk.mechanics; 工程力学; Engineering mechanics; 理论力学|材料力学|Mechanics; sk.mech
sk.mech-design; 机械设计; Machine design; 机械原理|机构设计; sk.mech
sk.manufacturing-tech; 机械制造工艺; Manufacturing technology; 切削加工|工艺规程|Manufacturing; sk.mech
sk.cnc; 数控加工编程; CNC programming; CNC|数控编程|G代码; sk.manufacturing-tech
sk.fea; 有限元分析; Finite element analysis; FEA|ANSYS|CAE; sk.mech
sk.hydraulics; 液压与气动; Hydraulics and pneumatics; 液压传动|Hydraulics; sk.mech
sk.tolerance; 公差与测量; Tolerances and metrology; 公差配合|GD&T|形位公差; sk.mech
sk.eng-materials; 工程材料; Engineering materials; 金属材料|热处理|Materials; sk.mech
sk.industrial-robot; 工业机器人编程; Industrial robot programming; 机器人示教|ABB|KUKA|FANUC; sk.smart-mfg
sk.ros; 机器人操作系统; Robot Operating System; ROS|ROS2; sk.smart-mfg
sk.robot-kinematics; 机器人运动学; Robot kinematics; 正逆运动学|Kinematics|轨迹规划; sk.smart-mfg
sk.slam; SLAM与导航; SLAM and navigation; SLAM|激光导航|路径规划; sk.ros
sk.mes; 制造执行系统; Manufacturing execution systems; MES|生产管理系统; sk.smart-mfg
sk.iiot; 工业互联网; Industrial internet; IIoT|工业互联网平台|标识解析; sk.smart-mfg
sk.opcua; 工业通信协议; Industrial communication protocols; OPC UA|Modbus|PROFINET|EtherCAT; sk.iiot
sk.digital-twin; 数字孪生; Digital twin; 虚拟调试|数字孪生建模; sk.smart-mfg
sk.machine-vision; 机器视觉检测; Machine vision inspection; 视觉检测|Halcon|Machine vision; sk.smart-mfg
sk.lean; 精益生产; Lean manufacturing; 六西格玛|6S|Lean|Six Sigma; sk.smart-mfg
sk.quality-control; 质量管理; Quality management; SPC|ISO 9001|质量控制|QC; sk.smart-mfg
sk.predictive-maintenance; 预测性维护; Predictive maintenance; PdM|设备健康管理|故障诊断; sk.smart-mfg
sk.comm-principles; 通信原理; Communication theory; 调制解调|信道编码; sk.comm
sk.5g; 5G移动通信; 5G mobile communication; 5G|LTE|移动通信|NR; sk.comm
sk.rf; 射频与天线; RF and antennas; 射频|微波|天线设计|RF; sk.comm
sk.optical; 光纤通信; Optical fibre communication; 光传输|OTN; sk.comm
sk.network-eng; 网络工程与路由交换; Network engineering; 路由交换|HCIA|CCNA|网络规划; sk.comm
sk.emfield; 电磁场理论; Electromagnetic field theory; 电磁场与电磁波|Electromagnetics; sk.comm
sk.inorganic-chem; 无机化学; Inorganic chemistry; 无机与分析化学; sk.chemistry
sk.organic-chem; 有机化学; Organic chemistry; 有机合成|Organic synthesis; sk.chemistry
sk.analytical-chem; 分析化学; Analytical chemistry; HPLC|色谱分析|仪器分析|Chromatography; sk.chemistry
sk.physical-chem; 物理化学; Physical chemistry; 化学热力学; sk.chemistry
sk.lab-safety; 实验室安全与规范操作; Laboratory safety and good practice; 实验室安全|GLP|Lab safety; sk.chemistry
sk.biochemistry; 生物化学; Biochemistry; 生化; sk.bio
sk.molecular-bio; 分子生物学; Molecular biology; PCR|Western Blot; sk.bio
sk.genetic-eng; 基因工程; Genetic engineering; 基因编辑|CRISPR|重组DNA; sk.molecular-bio
sk.cell-bio; 细胞生物学; Cell biology; 细胞学; sk.bio
sk.cell-culture; 细胞培养; Cell culture; 细胞工程|无菌细胞操作; sk.cell-bio
sk.microbiology; 微生物学; Microbiology; 无菌操作|菌种鉴定; sk.bio
sk.fermentation; 发酵工程; Fermentation engineering; 发酵工艺|Fermentation|上游工艺; sk.bio
sk.bioprocess; 生物分离纯化; Bioseparation and purification; 下游工艺|层析纯化|Downstream processing; sk.bio
sk.bioinformatics; 生物信息学; Bioinformatics; 序列分析|组学分析; sk.bio
sk.immunology; 免疫学; Immunology; 抗体|ELISA; sk.bio
sk.physiology; 人体解剖生理学; Human anatomy and physiology; 生理学|Physiology; sk.pharma
sk.pharmacology; 药理学; Pharmacology; 药效评价; sk.pharma
sk.med-chem; 药物化学; Medicinal chemistry; 药物合成; sk.pharma
sk.pharmaceutics; 药剂学; Pharmaceutics; 制剂工艺|处方设计|Formulation; sk.pharma
sk.pharm-analysis; 药物分析; Pharmaceutical analysis; 药品检验|质量标准|QC检验; sk.pharma
sk.pharmacokinetics; 药代动力学; Pharmacokinetics; PK|药动学; sk.pharma
sk.tcm-pharm; 中药与天然药物; Chinese and natural medicines; 中药学|天然药物化学|TCM; sk.pharma
sk.gmp; GMP合规; GMP compliance; GMP|药品生产质量管理规范|验证管理; sk.pharma
sk.drug-reg; 药品注册与法规; Drug regulatory affairs; 药品注册|NMPA|RA|药事法规; sk.pharma
sk.clinical-trials; 临床试验管理; Clinical trial management; GCP|CRA|临床监查; sk.pharma
sk.supply-chain; 供应链管理; Supply chain management; SCM|供应链规划; sk.logistics
sk.warehousing; 仓储管理; Warehouse management; WMS|仓库管理|Warehousing; sk.logistics
sk.transport-planning; 运输规划与调度; Transport planning and dispatch; TMS|运输调度|路径优化; sk.logistics
sk.procurement; 采购管理; Procurement; 采购|供应商管理|Sourcing; sk.logistics
sk.inventory; 库存控制; Inventory control; 库存管理|安全库存|Inventory; sk.logistics
sk.logistics-info; 物流信息技术; Logistics information technology; RFID|条码技术|物流信息系统; sk.logistics
sk.customs; 报关与报检; Customs declaration and inspection; 报关|单证|关务|Customs; sk.logistics
sk.int-trade; 国际贸易实务; International trade practice; 外贸|Incoterms; sk.logistics
sk.cold-chain; 冷链物流; Cold chain logistics; 冷链|温控运输; sk.logistics
sk.port-ops; 港口与码头运营; Port and terminal operations; 码头作业|堆场管理|Port operations; sk.transport
sk.tos; 码头操作系统; Terminal operating systems; TOS|N4|码头生产系统; sk.port-ops
sk.smart-port; 智慧港口与自动化码头; Smart ports and automated terminals; 自动化码头|无人集卡|Smart port; sk.port-ops
sk.shipping; 航运与货运代理; Shipping and freight forwarding; 船舶代理|货代|Freight forwarding; sk.transport
sk.multimodal; 多式联运; Multimodal transport; 海铁联运|集装箱联运|Multimodal; sk.transport
sk.traffic-eng; 交通工程与规划; Traffic engineering and planning; 交通规划|交通流|Traffic engineering; sk.transport
sk.transport-econ; 运输经济; Transport economics; 运价分析; sk.transport
sk.economics; 经济学原理; Economics; 微观经济学|宏观经济学; sk.finance
sk.corporate-finance; 公司金融; Corporate finance; 公司理财|资本预算; sk.finance
sk.investment; 投资分析; Investment analysis; 证券投资|资产配置|Investment; sk.finance
sk.financial-analysis; 财务报表分析; Financial statement analysis; 财报分析|杜邦分析|Financial analysis; sk.finance
sk.risk-mgmt; 金融风险管理; Financial risk management; 风控|VaR|Risk management; sk.finance
sk.credit-risk; 信用风险建模; Credit risk modelling; 评分卡|Credit scoring|信贷风控; sk.risk-mgmt
sk.quant; 量化投资; Quantitative investing; 量化交易|量化策略|Quant; sk.finance
sk.derivatives; 金融衍生品定价; Derivatives pricing; 期权定价|期货|Derivatives; sk.finance
sk.econometrics; 计量经济学; Econometrics; Stata|EViews; sk.finance
sk.fintech; 金融科技; Financial technology; FinTech|数字金融; sk.finance
sk.aml; 反洗钱合规; Anti-money laundering compliance; AML|KYC|合规管理; sk.finance
sk.banking; 商业银行业务; Commercial banking; 信贷业务|对公业务|Banking; sk.finance
sk.insurance; 保险实务; Insurance practice; 保险|核保|Insurance; sk.finance
sk.supply-chain-finance; 供应链金融; Supply chain finance; SCF|保理|融资租赁; sk.finance
sk.accounting; 会计核算; Accounting; 会计|账务处理; sk.finance
sk.tax; 税务; Taxation; 税法|纳税申报; sk.accounting
sk.audit; 审计; Auditing; 审计实务|内部控制|Audit; sk.accounting
sk.mgmt-accounting; 管理会计; Management accounting; 成本会计|预算管理; sk.accounting
sk.management-principles; 管理学原理; Principles of management; 管理学; sk.management
sk.mis; 管理信息系统; Management information systems; MIS|信息系统; sk.management
sk.system-analysis; 信息系统分析与设计; Information systems analysis and design; 系统分析|业务建模|BPMN; sk.mis
sk.erp; ERP系统应用; ERP systems; ERP|SAP|用友|金蝶; sk.mis
sk.operations-mgmt; 运营管理; Operations management; 生产运作管理; sk.management
sk.ecommerce; 电子商务; E-commerce; 跨境电商|网店运营; sk.management
sk.marketing; 市场营销; Marketing; 营销策划; sk.management
sk.digital-transform; 数字化转型; Digital transformation; 数字化咨询|企业上云; sk.management
sk.product-mgmt; 产品管理; Product management; 产品经理|PRD; sk.management
sk.english; 英语读写; English reading and writing; English|CET-6|大学英语|英语沟通; sk.transversal
sk.tech-english; 专业英语; Technical English; 英文文献阅读; sk.english
sk.communication; 沟通表达; Communication; 汇报|演讲; sk.transversal
sk.teamwork; 团队协作; Teamwork; 协作; sk.transversal
sk.writing; 技术文档写作; Technical writing; 文档编写|报告撰写; sk.transversal
sk.research; 科研方法与论文写作; Research methods and academic writing; 学术写作|文献综述|Research methods; sk.transversal
sk.problem-solving; 分析与解决问题; Problem solving; 逻辑思维; sk.transversal
sk.innovation; 创新创业; Innovation and entrepreneurship; 创新思维|Entrepreneurship; sk.transversal
sk.ethics; 职业伦理与法规; Professional ethics and law; 工程伦理|法律意识|Professional ethics; sk.transversal
"""

# --------------------------------------------------------------------------
# Course templates. One row per line:
# key ; prefix ; name ; name_en ; credits ; semester ; category ; skills ; prerequisites
# Category letters: G 通识必修, X 通识选修, B 学科基础, C 专业核心, E 专业选修, P 实践.
# A prerequisite is always a template of an earlier semester, which keeps the
# prerequisite graph acyclic by construction (the checker verifies it).
# --------------------------------------------------------------------------
CATEGORY = {"G": "通识必修", "X": "通识选修", "B": "学科基础", "C": "专业核心", "E": "专业选修", "P": "实践"}

COURSES_TEXT = """
ideo; MX; 思想道德与法治; Ethics and Rule of Law; 3; 1; G; sk.ethics:0.4;
history; MX; 中国近现代史纲要; Outline of Modern and Contemporary Chinese History; 3; 2; G; ;
marxism; MX; 马克思主义基本原理; Basic Principles of Marxism; 3; 3; G; ;
mao; MX; 毛泽东思想和中国特色社会主义理论体系概论; Introduction to Mao Zedong Thought and Socialism with Chinese Characteristics; 3; 4; G; ;
xi; MX; 习近平新时代中国特色社会主义思想概论; Introduction to Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era; 3; 5; G; ;
policy; MX; 形势与政策; Current Affairs and Policy; 2; 1; G; ;
eng1; EN; 大学英语（一）; College English I; 3; 1; G; sk.english:0.6;
eng2; EN; 大学英语（二）; College English II; 3; 2; G; sk.english:0.6; eng1
eng3; EN; 大学英语（三）; College English III; 2; 3; G; sk.english:0.5,sk.communication:0.2; eng2
eng4; EN; 大学英语（四）; College English IV; 2; 4; G; sk.english:0.5,sk.tech-english:0.3; eng3
pe1; PE; 体育（一）; Physical Education I; 1; 1; G; ;
pe2; PE; 体育（二）; Physical Education II; 1; 2; G; ; pe1
pe3; PE; 体育（三）; Physical Education III; 1; 3; G; sk.teamwork:0.2; pe2
pe4; PE; 体育（四）; Physical Education IV; 1; 4; G; sk.teamwork:0.2; pe3
military; GE; 军事理论; Military Theory; 2; 1; G; ;
mental; GE; 大学生心理健康教育; Mental Health Education; 2; 1; G; sk.communication:0.2;
career; GE; 大学生职业发展与就业指导; Career Planning and Employment Guidance; 1; 6; G; sk.communication:0.3;
innov; GE; 创新创业基础; Foundations of Innovation and Entrepreneurship; 2; 3; G; sk.innovation:0.7,sk.teamwork:0.3;
training; GE; 军事技能训练; Military Skills Training; 2; 1; P; sk.teamwork:0.3;
chinese; GE; 大学语文; College Chinese; 2; 2; X; sk.writing:0.3;
culture; GE; 中华优秀传统文化; Chinese Traditional Culture; 2; 3; X; ;
speech; GE; 演讲与口才; Public Speaking; 1; 3; X; sk.communication:0.7;
oralenglish; EN; 英语口语; Spoken English; 2; 3; X; sk.english:0.5,sk.communication:0.3; eng2
litsearch; GE; 文献检索与利用; Information Retrieval and Use; 1; 4; X; sk.research:0.5;
aigeneral; GE; 人工智能通识; AI Literacy for Everyone; 1; 4; X; sk.ml:0.2,sk.prompt:0.3;
leadership; GE; 团队协作与领导力; Teamwork and Leadership; 1; 4; X; sk.teamwork:0.6,sk.communication:0.3;
sciwriting; GE; 科技论文写作; Scientific Writing; 1; 5; X; sk.writing:0.6,sk.research:0.4;
patent; GE; 知识产权与专利; Intellectual Property and Patents; 1; 6; X; sk.ethics:0.3,sk.innovation:0.3;
calc1; MA; 高等数学A（一）; Advanced Mathematics A I; 4; 1; B; sk.calculus:0.9;
calc2; MA; 高等数学A（二）; Advanced Mathematics A II; 4; 2; B; sk.calculus:0.9; calc1
linalg; MA; 线性代数; Linear Algebra; 3; 2; B; sk.linear-algebra:0.9;
prob; MA; 概率论与数理统计; Probability and Statistics; 3; 3; B; sk.probability:0.9,sk.statistics:0.5; calc2
calcb1; MA; 高等数学B（一）; Advanced Mathematics B I; 4; 1; B; sk.calculus:0.8;
calcb2; MA; 高等数学B（二）; Advanced Mathematics B II; 3; 2; B; sk.calculus:0.8; calcb1
probb; MA; 概率论与数理统计B; Probability and Statistics B; 3; 3; B; sk.probability:0.8,sk.statistics:0.5; calcb2
discrete; MA; 离散数学; Discrete Mathematics; 3; 2; B; sk.discrete-math:0.9;
complex; MA; 复变函数与积分变换; Complex Functions and Integral Transforms; 2; 3; B; sk.calculus:0.5,sk.signals:0.3; calc2
numerical; MA; 数值分析; Numerical Analysis; 2; 4; E; sk.numerical:0.9,sk.matlab:0.3; calc2,linalg
optim; MA; 最优化方法; Optimization Methods; 3; 5; E; sk.optimization:0.9; calc2,linalg
opr; MA; 运筹学; Operations Research; 3; 4; B; sk.optimization:0.8,sk.excel:0.2; linalg
stochastic; MA; 随机过程; Stochastic Processes; 3; 4; B; sk.probability:0.9; probb
phys1; PH; 大学物理（一）; University Physics I; 3; 2; B; sk.physics:0.9; calc1
phys2; PH; 大学物理（二）; University Physics II; 3; 3; B; sk.physics:0.9; phys1
physlab; PH; 大学物理实验; University Physics Laboratory; 1.5; 3; B; sk.physics:0.5,sk.research:0.2; phys1
progc; CS; 程序设计基础（C语言）; Fundamentals of Programming (C); 3; 1; B; sk.c:0.9,sk.algorithms:0.3,sk.problem-solving:0.4;
progprac; CS; 程序设计实践; Programming Practice; 1; 2; P; sk.c:0.6,sk.problem-solving:0.5,sk.git:0.2; progc
python; CS; Python程序设计; Python Programming; 3; 2; B; sk.python:0.9,sk.pandas:0.3;
cpp; CS; 面向对象程序设计（C++）; Object-Oriented Programming (C++); 3; 2; B; sk.cpp:0.9,sk.oop:0.8; progc
java; CS; Java程序设计; Java Programming; 3; 3; C; sk.java:0.9,sk.oop:0.7; progc
ds; CS; 数据结构; Data Structures; 4; 3; C; sk.algorithms:0.9,sk.c:0.4; progc,discrete
dslab; CS; 数据结构课程设计; Data Structures Course Project; 1; 4; P; sk.algorithms:0.6,sk.problem-solving:0.5; ds
dlogic; CS; 数字逻辑; Digital Logic; 3; 3; B; sk.digital-logic:0.8;
corg; CS; 计算机组成原理; Computer Organization; 4; 4; C; sk.computer-arch:0.9,sk.assembly:0.4; dlogic
algo; CS; 算法设计与分析; Design and Analysis of Algorithms; 3; 4; C; sk.algorithms:0.9,sk.problem-solving:0.5; ds
db; CS; 数据库系统原理; Database Systems; 3; 4; C; sk.sql:0.9,sk.db-design:0.8; ds
dblab; CS; 数据库课程设计; Database Course Project; 1; 5; P; sk.sql:0.6,sk.db-design:0.7,sk.teamwork:0.2; db
os; CS; 操作系统; Operating Systems; 4; 5; C; sk.os:0.9,sk.linux:0.4,sk.c:0.3; ds,corg
net; CS; 计算机网络; Computer Networks; 3; 5; C; sk.networking:0.9,sk.linux:0.2; ds
compilers; CS; 编译原理; Compiler Principles; 3; 6; C; sk.compilers:0.9; ds
arch; CS; 计算机体系结构; Computer Architecture; 3; 6; E; sk.computer-arch:0.8; corg
linux; CS; Linux系统与Shell编程; Linux and Shell Programming; 2; 4; E; sk.linux:0.9,sk.shell:0.8; progc
asm; CS; 汇编语言程序设计; Assembly Language Programming; 2; 3; E; sk.assembly:0.9; progc
cloud; CS; 云计算技术; Cloud Computing; 2; 6; E; sk.cloud:0.8,sk.docker:0.6,sk.distributed:0.3; net
distributed; CS; 分布式系统; Distributed Systems; 2; 7; E; sk.distributed:0.9,sk.microservices:0.3; os,net
syslab; CS; 计算机系统综合实践; Computer Systems Project; 2; 6; P; sk.os:0.5,sk.c:0.4,sk.linux:0.3; os
graphics; CS; 计算机图形学; Computer Graphics; 2; 6; E; sk.cpp:0.4,sk.linear-algebra:0.3; cpp
se; SE; 软件工程; Software Engineering; 3; 5; C; sk.software-design:0.7,sk.req-analysis:0.6,sk.project-mgmt:0.4,sk.git:0.3; ds
req; SE; 需求工程; Requirements Engineering; 2; 5; C; sk.req-analysis:0.9,sk.writing:0.4;
frontend; SE; 前端开发技术; Front-end Development; 3; 4; E; sk.web-frontend:0.9,sk.javascript:0.8,sk.vue:0.6; progc
web; SE; Web应用开发; Web Application Development; 3; 5; E; sk.web-backend:0.8,sk.web-frontend:0.6,sk.javascript:0.5,sk.spring:0.4; java,db
jsp; SE; JSP动态网页开发; JSP Dynamic Web Development; 2; 5; E; sk.jsp:0.9,sk.java:0.4; java
patterns; SE; 设计模式; Design Patterns; 2; 5; E; sk.software-design:0.8,sk.oop:0.5; java
testing; SE; 软件测试技术; Software Testing; 3; 6; C; sk.testing:0.9,sk.test-automation:0.6; se
sa; SE; 软件体系结构; Software Architecture; 2; 6; C; sk.software-design:0.9,sk.microservices:0.3; se
mobile; SE; 移动应用开发; Mobile Application Development; 2; 6; E; sk.mobile-dev:0.9,sk.java:0.3; java
harmony; SE; 鸿蒙应用开发; HarmonyOS Application Development; 2; 6; E; sk.harmonyos:0.9,sk.mobile-dev:0.5; java
hci; SE; 人机交互技术; Human-Computer Interaction; 2; 6; E; sk.hci:0.9,sk.product-mgmt:0.2;
pm; SE; 软件项目管理; Software Project Management; 2; 7; C; sk.project-mgmt:0.9,sk.communication:0.3,sk.teamwork:0.4; se
microservice; SE; 微服务架构与实践; Microservice Architecture; 2; 7; E; sk.microservices:0.9,sk.spring:0.6,sk.docker:0.4; web
devops; SE; DevOps与持续交付; DevOps and Continuous Delivery; 2; 7; E; sk.devops:0.9,sk.git:0.5,sk.docker:0.5; se
selab; SE; 软件工程综合实训; Software Engineering Project; 3; 6; P; sk.teamwork:0.6,sk.git:0.5,sk.web-backend:0.5,sk.project-mgmt:0.3; se
aiintro; AI; 人工智能导论; Introduction to Artificial Intelligence; 2; 4; E; sk.ml:0.4,sk.knowledge-graph:0.2,sk.python:0.3; progc
aimath; AI; 人工智能数学基础; Mathematical Foundations of AI; 3; 3; B; sk.linear-algebra:0.5,sk.probability:0.5,sk.optimization:0.6; calc2,linalg
pattern; AI; 模式识别; Pattern Recognition; 3; 5; C; sk.ml:0.7,sk.cv:0.3; prob,linalg
ml; AI; 机器学习; Machine Learning; 3; 5; C; sk.ml:0.9,sk.sklearn:0.7,sk.python:0.4,sk.stat-modeling:0.3; prob,linalg
dl; AI; 深度学习; Deep Learning; 3; 6; C; sk.dl:0.9,sk.pytorch:0.8,sk.python:0.3; ml
cv; AI; 计算机视觉; Computer Vision; 3; 6; C; sk.cv:0.9,sk.dl:0.4,sk.machine-vision:0.2; ml
nlp; AI; 自然语言处理; Natural Language Processing; 3; 6; E; sk.nlp:0.9,sk.dl:0.4; ml
kg; AI; 知识图谱; Knowledge Graphs; 2; 7; E; sk.knowledge-graph:0.9,sk.nlp:0.3; ml
rl; AI; 强化学习; Reinforcement Learning; 2; 7; E; sk.rl:0.9,sk.dl:0.3; dl
llm; AI; 大模型应用开发; Large Language Model Application Development; 2; 7; E; sk.llm:0.9,sk.prompt:0.7,sk.llm-finetune:0.4,sk.python:0.3; ml
aiethics; AI; 人工智能伦理与治理; AI Ethics and Governance; 1; 6; E; sk.ethics:0.6,sk.data-security:0.2;
ailab; AI; 人工智能综合实践; AI Project; 2; 7; P; sk.dl:0.5,sk.pytorch:0.5,sk.teamwork:0.3; dl
mstat; DS; 数理统计; Mathematical Statistics; 3; 4; B; sk.statistics:0.9,sk.stat-modeling:0.5; prob
pydata; DS; Python数据分析; Data Analysis with Python; 3; 4; C; sk.pandas:0.9,sk.python:0.6,sk.data-viz:0.3; python
viz; DS; 数据可视化; Data Visualization; 2; 5; C; sk.data-viz:0.9,sk.javascript:0.2,sk.python:0.3; python
bigdata; DS; 大数据技术原理与应用; Big Data Technologies; 3; 5; C; sk.hadoop:0.8,sk.spark:0.5,sk.nosql:0.4; db
spark; DS; 分布式计算与Spark; Distributed Computing with Spark; 3; 6; C; sk.spark:0.9,sk.distributed:0.5,sk.python:0.3; bigdata
mining; DS; 数据挖掘; Data Mining; 3; 6; C; sk.data-mining:0.9,sk.ml:0.5,sk.python:0.3; prob,db
dw; DS; 数据仓库与ETL; Data Warehousing and ETL; 2; 6; E; sk.etl:0.9,sk.sql:0.5,sk.data-governance:0.3; db
stream; DS; 流式计算技术; Stream Processing; 2; 7; E; sk.flink:0.9,sk.distributed:0.3; bigdata
regression; DS; 应用回归分析; Applied Regression Analysis; 3; 5; E; sk.stat-modeling:0.9,sk.r:0.5; prob
governance; DS; 数据治理与数据安全; Data Governance and Security; 2; 7; E; sk.data-governance:0.8,sk.data-security:0.5; db
dslab2; DS; 数据科学综合实践; Data Science Project; 2; 7; P; sk.pandas:0.5,sk.ml:0.4,sk.data-viz:0.4,sk.communication:0.3; pydata
circuits; EE; 电路原理; Circuit Theory; 4; 3; B; sk.circuits:0.9; calc2,phys1
analog; EE; 模拟电子技术; Analog Electronics; 3; 4; B; sk.analog:0.9,sk.circuits:0.3; circuits
digital; EE; 数字电子技术; Digital Electronics; 3; 4; B; sk.digital-logic:0.9; circuits
elab; EE; 电子技术实验; Electronics Laboratory; 1; 5; P; sk.analog:0.4,sk.digital-logic:0.4,sk.pcb:0.2; analog,digital
signals; EE; 信号与系统; Signals and Systems; 3; 4; B; sk.signals:0.9,sk.matlab:0.3; calc2
dsp; EE; 数字信号处理; Digital Signal Processing; 3; 5; C; sk.dsp:0.9,sk.matlab:0.4; signals
mcu; EE; 单片机原理与接口技术; Microcontroller Principles and Interfaces; 3; 5; C; sk.embedded:0.8,sk.c:0.4,sk.assembly:0.3; digital,progc
embedded; EE; 嵌入式系统设计; Embedded Systems Design; 3; 6; C; sk.embedded:0.9,sk.rtos:0.6,sk.c:0.4; mcu
fpga; EE; FPGA设计与Verilog; FPGA Design with Verilog; 2; 6; E; sk.fpga:0.9,sk.digital-logic:0.4; digital
pcb; EE; 电子线路CAD与PCB设计; Electronic CAD and PCB Design; 2; 5; E; sk.pcb:0.9; analog
emf; EE; 电磁场与电磁波; Electromagnetic Fields and Waves; 3; 5; B; sk.emfield:0.9; phys2,complex
icdesign; EE; 集成电路设计基础; Fundamentals of IC Design; 2; 6; E; sk.ic-design:0.9,sk.fpga:0.3; digital
powerelec; EE; 电力电子技术; Power Electronics; 3; 5; C; sk.power-electronics:0.9; analog
motors; EE; 电机学; Electric Machinery; 4; 4; C; sk.motors:0.9; circuits
powersys; EE; 电力系统分析; Power System Analysis; 3; 6; C; sk.power-systems:0.9,sk.matlab:0.2; motors
relay; EE; 电力系统继电保护; Power System Protection; 2; 7; C; sk.power-systems:0.7; powersys
hv; EE; 高电压技术; High Voltage Engineering; 2; 6; E; sk.power-systems:0.4; circuits
newenergy; EE; 新能源发电技术; Renewable Power Generation; 2; 7; E; sk.new-energy:0.9,sk.power-electronics:0.3; powerelec
supply; EE; 供配电技术; Power Supply and Distribution; 2; 6; E; sk.power-systems:0.6,sk.cad:0.2; motors
ecad; EE; 电气CAD; Electrical CAD; 2; 5; E; sk.cad:0.6,sk.drafting:0.4;
eetech; EE; 电工电子技术; Electrical and Electronic Technology; 4; 3; B; sk.circuits:0.7,sk.analog:0.4,sk.digital-logic:0.3; phys1
control; AU; 自动控制原理; Principles of Automatic Control; 4; 5; C; sk.control-theory:0.9,sk.matlab:0.4; signals
moderncontrol; AU; 现代控制理论; Modern Control Theory; 3; 6; C; sk.control-theory:0.8,sk.matlab:0.3; control,linalg
plc; AU; 可编程控制器原理与应用; PLC Principles and Applications; 3; 6; C; sk.plc:0.9,sk.scada:0.3;
sensors; AU; 传感器与检测技术; Sensors and Measurement; 3; 5; C; sk.sensors:0.9;
motion; AU; 运动控制系统; Motion Control Systems; 3; 6; C; sk.motion-control:0.9,sk.motors:0.4; control
process; AU; 过程控制系统; Process Control Systems; 2; 7; E; sk.process-control:0.9; control
scada; AU; 工业组态与监控技术; Industrial SCADA and HMI; 2; 7; E; sk.scada:0.9,sk.opcua:0.3; plc
fieldbus; AU; 现场总线与工业网络; Fieldbus and Industrial Networks; 2; 7; E; sk.opcua:0.8,sk.networking:0.3; plc
mvision; AU; 机器视觉技术; Machine Vision; 2; 7; E; sk.machine-vision:0.9,sk.cv:0.3;
matlab; AU; MATLAB与系统仿真; MATLAB and System Simulation; 2; 3; E; sk.matlab:0.9,sk.simulation:0.4; linalg
aulab; AU; 自动化系统综合设计; Automation Systems Design Project; 2; 7; P; sk.plc:0.5,sk.control-theory:0.4,sk.teamwork:0.3; plc
drawing; ME; 工程制图; Engineering Drawing; 3; 1; B; sk.drafting:0.9,sk.cad:0.3;
cad; ME; 三维CAD建模; 3D CAD Modelling; 2; 2; B; sk.cad:0.9; drawing
tmech; ME; 理论力学; Theoretical Mechanics; 3; 2; B; sk.mechanics:0.9; calc1
mmech; ME; 材料力学; Mechanics of Materials; 3; 3; B; sk.mechanics:0.9; tmech
materials; ME; 工程材料; Engineering Materials; 2; 3; B; sk.eng-materials:0.9;
workshop; ME; 金工实习; Metalworking Practice; 2; 2; P; sk.manufacturing-tech:0.5,sk.lab-safety:0.2;
tolerance; ME; 互换性与测量技术; Tolerances and Measurement; 2; 4; B; sk.tolerance:0.9; drawing
mprinciples; ME; 机械原理; Theory of Machines and Mechanisms; 3; 4; C; sk.mech-design:0.8; tmech
mdesign; ME; 机械设计; Machine Design; 3; 5; C; sk.mech-design:0.9,sk.cad:0.3; mprinciples,mmech
mtech; ME; 机械制造技术基础; Fundamentals of Manufacturing Technology; 3; 5; C; sk.manufacturing-tech:0.9; materials,tolerance
mcontrol; ME; 机械工程控制基础; Control Engineering for Mechanical Systems; 2; 5; C; sk.control-theory:0.7; calc2
hydraulics; ME; 液压与气压传动; Hydraulic and Pneumatic Transmission; 3; 5; C; sk.hydraulics:0.9; tmech
cnc; ME; 数控技术与编程; CNC Technology and Programming; 3; 6; C; sk.cnc:0.9,sk.manufacturing-tech:0.3; mtech
fea; ME; 有限元分析及应用; Finite Element Analysis; 2; 6; E; sk.fea:0.9,sk.mechanics:0.4; mmech
mecha; ME; 机电传动控制; Electromechanical Drive and Control; 3; 6; C; sk.motors:0.5,sk.plc:0.4,sk.motion-control:0.4; eetech
mdlab; ME; 机械设计课程设计; Machine Design Course Project; 2; 6; P; sk.mech-design:0.7,sk.cad:0.6,sk.drafting:0.4; mdesign
camcad; ME; 计算机辅助设计与制造; CAD/CAM; 2; 6; E; sk.cad:0.7,sk.cnc:0.5; cad
meeng; ME; 机械工程专业英语; English for Mechanical Engineering; 1; 6; E; sk.tech-english:0.8; eng4
mechatronics; ME; 机电一体化系统设计; Mechatronic Systems Design; 2; 7; E; sk.motion-control:0.4,sk.sensors:0.4,sk.mech-design:0.4; mecha
robottech; RB; 工业机器人技术; Industrial Robot Technology; 3; 6; C; sk.industrial-robot:0.9,sk.motion-control:0.3;
lean; IM; 精益生产与质量管理; Lean Production and Quality Management; 2; 6; E; sk.lean:0.8,sk.quality-control:0.7;
mes; IM; 制造执行系统（MES）; Manufacturing Execution Systems; 3; 6; C; sk.mes:0.9,sk.sql:0.3;
iiot; IM; 工业互联网技术; Industrial Internet Technology; 3; 6; C; sk.iiot:0.9,sk.opcua:0.5,sk.iot:0.4; progc
dtwin; IM; 数字孪生与虚拟调试; Digital Twins and Virtual Commissioning; 2; 7; E; sk.digital-twin:0.9,sk.cad:0.3; iiot
smartfactory; IM; 智能工厂规划与设计; Smart Factory Planning; 2; 7; C; sk.lean:0.4,sk.mes:0.4,sk.operations-mgmt:0.3;
indata; IM; 工业大数据分析; Industrial Data Analytics; 2; 6; E; sk.python:0.4,sk.data-mining:0.5,sk.predictive-maintenance:0.4; python
imlab; IM; 智能制造系统综合实训; Intelligent Manufacturing Systems Project; 3; 7; P; sk.mes:0.5,sk.plc:0.4,sk.industrial-robot:0.4,sk.teamwork:0.3; plc
rkin; RB; 机器人学基础; Fundamentals of Robotics; 3; 5; C; sk.robot-kinematics:0.9,sk.linear-algebra:0.3; tmech,linalg
ros; RB; 机器人操作系统（ROS）; Robot Operating System; 3; 5; C; sk.ros:0.9,sk.cpp:0.3,sk.linux:0.3; cpp
rcontrol; RB; 机器人控制技术; Robot Control; 3; 6; C; sk.motion-control:0.7,sk.control-theory:0.4,sk.robot-kinematics:0.4; rkin
rvision; RB; 机器人视觉; Robot Vision; 2; 6; E; sk.machine-vision:0.7,sk.cv:0.5; cpp
slam; RB; 移动机器人导航与SLAM; Mobile Robot Navigation and SLAM; 2; 7; E; sk.slam:0.9,sk.ros:0.5; ros
rlab; RB; 机器人系统综合实训; Robotic Systems Project; 3; 7; P; sk.industrial-robot:0.6,sk.ros:0.4,sk.teamwork:0.3; ros
micro; EC; 微观经济学; Microeconomics; 3; 2; B; sk.economics:0.9; calcb1
macro; EC; 宏观经济学; Macroeconomics; 3; 3; B; sk.economics:0.9; micro
mgmt; MG; 管理学原理; Principles of Management; 3; 1; B; sk.management-principles:0.9;
acct; AC; 会计学原理; Principles of Accounting; 3; 2; B; sk.accounting:0.9,sk.excel:0.2;
stat; EC; 统计学; Statistics; 3; 3; B; sk.statistics:0.9,sk.excel:0.3,sk.spss:0.3; calcb2
econometrics; EC; 计量经济学; Econometrics; 3; 5; C; sk.econometrics:0.9,sk.stat-modeling:0.5,sk.r:0.2; stat,probb
intltrade; EC; 国际贸易实务; International Trade Practice; 2; 5; E; sk.int-trade:0.9,sk.customs:0.3; micro
moneybank; FN; 货币金融学; Money and Banking; 3; 3; C; sk.banking:0.6,sk.economics:0.4; micro
corpfin; FN; 公司金融; Corporate Finance; 3; 4; C; sk.corporate-finance:0.9,sk.financial-analysis:0.3; acct
investments; FN; 投资学; Investments; 3; 5; C; sk.investment:0.9,sk.stat-modeling:0.2; corpfin
fsa; AC; 财务报表分析; Financial Statement Analysis; 2; 5; C; sk.financial-analysis:0.9,sk.excel:0.4; acct
intfin; FN; 国际金融; International Finance; 3; 4; C; sk.economics:0.5,sk.int-trade:0.3; macro
commbank; FN; 商业银行经营与管理; Commercial Bank Management; 2; 5; C; sk.banking:0.9,sk.risk-mgmt:0.3; moneybank
risk; FN; 金融风险管理; Financial Risk Management; 3; 6; C; sk.risk-mgmt:0.9,sk.credit-risk:0.4; probb,moneybank
derivatives; FN; 金融衍生工具; Financial Derivatives; 3; 6; C; sk.derivatives:0.9; investments
fintech; FN; 金融科技概论; Introduction to FinTech; 2; 6; E; sk.fintech:0.9,sk.python:0.2; moneybank
quant; FN; 量化投资策略; Quantitative Investment Strategies; 2; 7; E; sk.quant:0.9,sk.python:0.5; investments,python
finpy; FN; 金融数据分析与Python; Financial Data Analysis with Python; 2; 5; E; sk.python:0.6,sk.pandas:0.6,sk.data-viz:0.3; python
fineng; FN; 金融工程学; Financial Engineering; 3; 5; C; sk.derivatives:0.6,sk.quant:0.4,sk.numerical:0.3; corpfin
finmath; FN; 金融数学; Financial Mathematics; 3; 5; C; sk.derivatives:0.5,sk.probability:0.4; stochastic
securities; FN; 证券投资分析; Securities Analysis; 2; 6; E; sk.investment:0.8,sk.financial-analysis:0.4; investments
insurance; FN; 保险学; Insurance; 2; 5; E; sk.insurance:0.8,sk.risk-mgmt:0.3; moneybank
scf; FN; 供应链金融; Supply Chain Finance; 2; 7; E; sk.supply-chain-finance:0.9,sk.supply-chain:0.3; corpfin
finlaw; FN; 金融法规与合规; Financial Regulation and Compliance; 2; 6; E; sk.aml:0.4,sk.ethics:0.3; moneybank
finlab; FN; 金融模拟交易实验; Simulated Trading Lab; 2; 6; P; sk.investment:0.5,sk.excel:0.3; investments
behavioral; FN; 行为金融学; Behavioral Finance; 2; 7; E; sk.investment:0.4,sk.economics:0.4; investments
valuation; FN; 公司估值与资产评估; Corporate Valuation; 2; 6; C; sk.financial-analysis:0.6,sk.investment:0.5; corpfin
pevc; FN; 私募股权与风险投资; Private Equity and Venture Capital; 2; 7; E; sk.investment:0.6,sk.communication:0.2; investments
taxation; AC; 税法; Tax Law; 2; 5; E; sk.tax:0.9; acct
audit; AC; 审计学; Auditing; 3; 6; E; sk.audit:0.9; acct
mis; IS; 管理信息系统; Management Information Systems; 3; 4; C; sk.mis:0.9,sk.erp:0.3; mgmt
sad; IS; 信息系统分析与设计; Information Systems Analysis and Design; 3; 5; C; sk.system-analysis:0.9,sk.req-analysis:0.6,sk.software-design:0.4; mis
ecommerce; IS; 电子商务概论; Introduction to E-commerce; 2; 4; E; sk.ecommerce:0.9,sk.marketing:0.3;
erp; IS; ERP原理与应用; ERP Principles and Applications; 2; 6; E; sk.erp:0.9,sk.supply-chain:0.3; mis
bi; IS; 商务智能; Business Intelligence; 3; 6; C; sk.bi:0.9,sk.data-viz:0.5,sk.sql:0.4; db
infores; IS; 信息资源管理; Information Resource Management; 2; 5; C; sk.data-governance:0.5,sk.mis:0.4; mis
itpm; IS; IT项目管理; IT Project Management; 2; 6; C; sk.project-mgmt:0.9,sk.communication:0.3;
dtrans; IS; 企业数字化转型; Enterprise Digital Transformation; 2; 7; E; sk.digital-transform:0.9,sk.mis:0.3; mis
product; IS; 产品设计与运营; Product Design and Operations; 2; 6; E; sk.product-mgmt:0.9,sk.hci:0.3;
marketing; MG; 市场营销学; Marketing; 2; 4; E; sk.marketing:0.9; mgmt
opsmgmt; MG; 运营管理; Operations Management; 3; 5; C; sk.operations-mgmt:0.9,sk.inventory:0.3; mgmt
islab; IS; 信息系统开发综合实训; Information System Development Project; 3; 6; P; sk.web-backend:0.4,sk.sql:0.4,sk.teamwork:0.4; sad
commprin; CM; 通信原理; Principles of Communications; 4; 5; C; sk.comm-principles:0.9,sk.signals:0.3; signals,prob
infotheory; CM; 信息论与编码; Information Theory and Coding; 3; 5; C; sk.comm-principles:0.6,sk.probability:0.3; prob
mobilecomm; CM; 移动通信; Mobile Communications; 3; 6; C; sk.5g:0.9,sk.comm-principles:0.3; commprin
rf; CM; 射频电路与天线; RF Circuits and Antennas; 3; 6; C; sk.rf:0.9,sk.emfield:0.4; emf
optical; CM; 光纤通信; Optical Fiber Communication; 2; 6; C; sk.optical:0.9; commprin
switching; CM; 通信网络与交换技术; Communication Networks and Switching; 3; 6; C; sk.network-eng:0.8,sk.networking:0.5; net
lab5g; CM; 5G网络规划与优化实训; 5G Network Planning Lab; 2; 7; P; sk.5g:0.7,sk.network-eng:0.4; mobilecomm
sdr; CM; 软件无线电; Software Defined Radio; 2; 7; E; sk.dsp:0.6,sk.rf:0.4; dsp
satcom; CM; 卫星通信; Satellite Communications; 2; 7; E; sk.comm-principles:0.5,sk.rf:0.3; commprin
imageproc; EI; 数字图像处理; Digital Image Processing; 2; 6; E; sk.cv:0.6,sk.matlab:0.3; dsp
eilab; EI; 电子系统综合设计; Electronic System Design Project; 3; 7; P; sk.embedded:0.5,sk.pcb:0.5,sk.teamwork:0.3; mcu
rfid; IO; RFID与传感网技术; RFID and Sensor Networks; 3; 5; C; sk.iot:0.8,sk.sensors:0.4,sk.logistics-info:0.3; progc
iotcomm; IO; 物联网通信技术; IoT Communication Technologies; 3; 5; C; sk.iot:0.6,sk.networking:0.4,sk.5g:0.2; progc
iotplat; IO; 物联网平台与应用开发; IoT Platform and Application Development; 3; 6; C; sk.iot:0.7,sk.web-backend:0.4,sk.cloud:0.3; rfid
iotsec; IO; 物联网安全; IoT Security; 2; 7; E; sk.netsec:0.6,sk.crypto:0.3; iotcomm
edge; IO; 边缘计算; Edge Computing; 2; 7; E; sk.iot:0.4,sk.docker:0.4,sk.distributed:0.3; iotplat
iotlab; IO; 物联网工程综合实训; IoT Engineering Project; 3; 7; P; sk.iot:0.6,sk.embedded:0.4,sk.teamwork:0.3; iotplat
crypto; CY; 密码学; Cryptography; 3; 4; C; sk.crypto:0.9,sk.discrete-math:0.2; discrete
secintro; CY; 信息安全导论; Introduction to Information Security; 2; 6; E; sk.netsec:0.6,sk.crypto:0.4; net
attack; CY; 网络攻防技术; Network Attack and Defense; 3; 6; C; sk.pentest:0.8,sk.netsec:0.7; net
syssec; CY; 系统安全; System Security; 3; 6; C; sk.netsec:0.5,sk.os:0.4,sk.linux:0.4; os
websec; CY; Web安全; Web Security; 2; 6; C; sk.pentest:0.7,sk.web-backend:0.3; net
secmgmt; CY; 信息安全管理与等级保护; Information Security Management and Compliance; 2; 7; C; sk.djbh:0.7,sk.sec-ops:0.4;
forensics; CY; 数字取证技术; Digital Forensics; 2; 7; E; sk.sec-ops:0.6; os
datasec; CY; 数据安全与隐私保护; Data Security and Privacy; 2; 7; E; sk.data-security:0.9,sk.crypto:0.3; crypto
reverse; CY; 软件逆向分析; Software Reverse Engineering; 2; 6; E; sk.assembly:0.6,sk.pentest:0.4; corg
xinchuang; CY; 信创技术与国产化适配; Domestic IT Stack and Migration; 2; 7; E; sk.domestic-os:0.8,sk.domestic-db:0.6,sk.migration:0.6; os
cylab; CY; 网络安全综合实训; Cybersecurity Capstone Lab; 3; 7; P; sk.pentest:0.6,sk.sec-ops:0.5,sk.teamwork:0.3; attack
inorg; CH; 无机化学; Inorganic Chemistry; 3; 1; B; sk.inorganic-chem:0.9;
organic; CH; 有机化学; Organic Chemistry; 4; 2; B; sk.organic-chem:0.9; inorg
anachem; CH; 分析化学; Analytical Chemistry; 3; 3; B; sk.analytical-chem:0.9; inorg
physchem; CH; 物理化学; Physical Chemistry; 3; 4; B; sk.physical-chem:0.9; calcb2,inorg
chemlab; CH; 基础化学实验; Basic Chemistry Laboratory; 2; 2; P; sk.inorganic-chem:0.3,sk.analytical-chem:0.3,sk.lab-safety:0.6; inorg
instr; CH; 仪器分析; Instrumental Analysis; 3; 5; C; sk.analytical-chem:0.8; anachem
biochem; BI; 生物化学; Biochemistry; 4; 3; B; sk.biochemistry:0.9; organic
cellbio; BI; 细胞生物学; Cell Biology; 3; 3; B; sk.cell-bio:0.9,sk.cell-culture:0.3;
genetics; BI; 遗传学; Genetics; 3; 4; B; sk.molecular-bio:0.4,sk.genetic-eng:0.3; cellbio
microbio; BI; 微生物学; Microbiology; 3; 4; C; sk.microbiology:0.9,sk.lab-safety:0.3; biochem
molbio; BI; 分子生物学; Molecular Biology; 3; 5; C; sk.molecular-bio:0.9; biochem
immuno; BI; 免疫学; Immunology; 3; 5; B; sk.immunology:0.9; cellbio
geneng; BI; 基因工程; Genetic Engineering; 3; 6; C; sk.genetic-eng:0.9,sk.molecular-bio:0.4; molbio
cellcult; BI; 细胞工程; Cell Engineering; 2; 6; C; sk.cell-culture:0.9; cellbio
ferment; BI; 发酵工程; Fermentation Engineering; 3; 6; C; sk.fermentation:0.9,sk.microbiology:0.3; microbio
downstream; BI; 生物分离工程; Bioseparation Engineering; 3; 6; C; sk.bioprocess:0.9; biochem
bioinfo; BI; 生物信息学; Bioinformatics; 2; 6; E; sk.bioinformatics:0.9,sk.python:0.3,sk.r:0.2; molbio
bioreactor; BI; 生物反应工程; Bioreaction Engineering; 2; 7; E; sk.fermentation:0.5,sk.bioprocess:0.4; ferment
biosafety; BI; 生物安全与伦理; Biosafety and Ethics; 1; 5; E; sk.lab-safety:0.6,sk.ethics:0.4;
biostat; BI; 生物统计学; Biostatistics; 2; 4; E; sk.statistics:0.8,sk.r:0.3; probb
biopharm; BI; 生物技术制药; Biotechnological Pharmaceuticals; 3; 6; C; sk.genetic-eng:0.4,sk.cell-culture:0.4,sk.bioprocess:0.4; molbio
biolab; BI; 生物工程综合实验; Bioengineering Laboratory; 3; 7; P; sk.cell-culture:0.4,sk.fermentation:0.4,sk.molecular-bio:0.3; geneng
anatomy; PY; 人体解剖生理学; Human Anatomy and Physiology; 3; 2; B; sk.physiology:0.9;
pharmacology; PY; 药理学; Pharmacology; 4; 5; C; sk.pharmacology:0.9; biochem,anatomy
medchem; PY; 药物化学; Medicinal Chemistry; 4; 5; C; sk.med-chem:0.9,sk.organic-chem:0.3; organic
pharmaceutics; PY; 药剂学; Pharmaceutics; 4; 6; C; sk.pharmaceutics:0.9; physchem
pharmanalysis; PY; 药物分析; Pharmaceutical Analysis; 4; 6; C; sk.pharm-analysis:0.9,sk.analytical-chem:0.4; instr
pk; PY; 生物药剂学与药物动力学; Biopharmaceutics and Pharmacokinetics; 3; 7; C; sk.pharmacokinetics:0.9; pharmaceutics
natmed; PY; 天然药物化学; Natural Medicinal Chemistry; 3; 6; C; sk.tcm-pharm:0.7,sk.organic-chem:0.3; organic
pharmadmin; PY; 药事管理学; Pharmacy Administration; 2; 7; C; sk.drug-reg:0.5,sk.gmp:0.4;
gmp; PY; 药品生产质量管理（GMP）; Good Manufacturing Practice; 2; 7; E; sk.gmp:0.9,sk.quality-control:0.4; pharmaceutics
clinpharm; PY; 临床药物治疗学; Clinical Pharmacotherapy; 2; 7; E; sk.pharmacology:0.5,sk.clinical-trials:0.2; pharmacology
pharmeng; PY; 制药工程原理与设备; Pharmaceutical Engineering and Equipment; 3; 6; C; sk.pharmaceutics:0.4,sk.gmp:0.3,sk.bioprocess:0.2; physchem
newdosage; PY; 药物新剂型与新技术; Novel Drug Delivery Systems; 2; 7; E; sk.pharmaceutics:0.8; pharmaceutics
pharmeng2; PY; 医药专业英语; English for Pharmaceutical Sciences; 1; 5; E; sk.tech-english:0.8; eng4
pylab; PY; 药学综合实验; Pharmacy Integrated Laboratory; 3; 7; P; sk.pharm-analysis:0.4,sk.pharmaceutics:0.4,sk.lab-safety:0.3; pharmanalysis
logintro; LG; 物流学概论; Introduction to Logistics; 2; 2; B; sk.supply-chain:0.3,sk.warehousing:0.3,sk.transport-planning:0.3;
scm; LG; 供应链管理; Supply Chain Management; 3; 4; C; sk.supply-chain:0.9,sk.procurement:0.3; logintro
warehouse; LG; 仓储与配送管理; Warehousing and Distribution Management; 3; 4; C; sk.warehousing:0.9,sk.inventory:0.5; logintro
transport; LG; 运输组织与管理; Transport Organization and Management; 3; 5; C; sk.transport-planning:0.9; logintro
inventory; LG; 库存管理与控制; Inventory Management; 2; 5; C; sk.inventory:0.9,sk.excel:0.3; probb
procurement; LG; 采购管理; Procurement Management; 2; 5; C; sk.procurement:0.9; logintro
loginfo; LG; 物流信息系统; Logistics Information Systems; 3; 5; C; sk.logistics-info:0.9,sk.sql:0.3,sk.erp:0.3; logintro
logsys; LG; 物流系统规划与设计; Logistics System Planning and Design; 3; 6; C; sk.transport-planning:0.5,sk.optimization:0.5,sk.warehousing:0.4; opr
intllog; LG; 国际物流与货运代理; International Logistics and Freight Forwarding; 3; 6; C; sk.shipping:0.6,sk.int-trade:0.5,sk.customs:0.3; logintro
portlog; LG; 港口物流; Port Logistics; 2; 6; E; sk.port-ops:0.7,sk.multimodal:0.4; logintro
coldchain; LG; 冷链物流管理; Cold Chain Logistics; 2; 7; E; sk.cold-chain:0.9; warehouse
ecomlog; LG; 电子商务物流; E-commerce Logistics; 2; 6; E; sk.ecommerce:0.5,sk.warehousing:0.4; logintro
logsim; LG; 物流系统仿真; Logistics Systems Simulation; 2; 7; E; sk.simulation:0.8,sk.optimization:0.4; opr
scanalytics; LG; 供应链数据分析; Supply Chain Analytics; 2; 6; C; sk.excel:0.5,sk.python:0.3,sk.inventory:0.3; probb
forecast; LG; 需求预测与计划; Demand Forecasting and Planning; 2; 6; E; sk.stat-modeling:0.6,sk.inventory:0.4; probb
sourcing; LG; 战略采购与供应商管理; Strategic Sourcing and Supplier Management; 2; 6; C; sk.procurement:0.8,sk.communication:0.3; procurement
scmgame; LG; 供应链管理沙盘实训; Supply Chain Simulation Game; 2; 6; P; sk.supply-chain:0.5,sk.teamwork:0.5; scm
loglab; LG; 物流综合实训; Logistics Integrated Practice; 3; 7; P; sk.warehousing:0.4,sk.logistics-info:0.4,sk.teamwork:0.4; loginfo
traffic; TR; 交通工程学; Traffic Engineering; 3; 4; C; sk.traffic-eng:0.9; prob
transecon; TR; 运输经济学; Transport Economics; 2; 4; C; sk.transport-econ:0.9;
trorg; TR; 交通运输组织学; Transportation Organization; 3; 5; C; sk.transport-planning:0.8; traffic
terminal; TR; 港口与集装箱码头管理; Port and Container Terminal Management; 3; 5; C; sk.port-ops:0.9,sk.tos:0.3;
shipmgmt; TR; 航运管理; Shipping Management; 2; 6; C; sk.shipping:0.9;
multimodal; TR; 多式联运组织; Multimodal Transport Organization; 2; 6; C; sk.multimodal:0.9,sk.transport-planning:0.3; trorg
its; TR; 智能交通系统; Intelligent Transportation Systems; 2; 6; E; sk.traffic-eng:0.5,sk.iot:0.3; traffic
trplan; TR; 交通规划; Transportation Planning; 3; 6; C; sk.traffic-eng:0.6,sk.transport-planning:0.5; traffic
rail; TR; 铁路运输组织; Railway Transport Organization; 2; 6; E; sk.transport-planning:0.5,sk.multimodal:0.3; trorg
smartport; TR; 智慧港口概论; Introduction to Smart Ports; 2; 7; E; sk.smart-port:0.8,sk.iot:0.2; terminal
trsim; TR; 交通系统仿真; Traffic Simulation; 2; 7; E; sk.simulation:0.8,sk.traffic-eng:0.3; traffic
trlab; TR; 交通运输综合实训; Transportation Integrated Practice; 3; 7; P; sk.transport-planning:0.4,sk.port-ops:0.3,sk.teamwork:0.3; trorg
"""

# Descriptions for the courses students ask about most. Some carry commas and
# double quotes on purpose, so the files exercise RFC 4180 quoting.
DESCRIPTIONS = {
    "progc": "变量、控制结构、函数、数组与指针、结构体与文件; 完成 \"学生成绩管理\" 小项目。",
    "ds": "线性表、栈与队列、树、图、查找与排序, 并分析时间与空间复杂度。",
    "db": "关系模型, SQL, 规范化（\"范式\"）, 事务与并发控制; 课程设计完成一个小型信息系统。",
    "os": "进程与线程、调度、同步与死锁、内存管理、文件系统, 以Linux内核为案例。",
    "net": "TCP/IP协议栈: 物理层到应用层, 套接字编程与抓包分析。",
    "ml": "监督学习, 无监督学习, 模型评估; 使用 scikit-learn 完成分类与回归实验。",
    "dl": "前馈网络、卷积网络、循环网络与Transformer, 基于PyTorch实践。",
    "llm": "大语言模型原理, 提示工程, 检索增强生成（RAG）与LoRA微调, 完成一个\"校园问答助手\"。",
    "se": "软件过程模型、需求、设计、测试与维护, 以团队项目贯穿。",
    "plc": "PLC硬件组成, 梯形图编程, 西门子S7-1200实验与组态。",
    "mes": "MES功能模型（ISA-95）, 生产排程、质量追溯与设备管理。",
    "iiot": "工业互联网平台架构, 设备接入（OPC UA, Modbus）, 边缘计算与工业APP。",
    "pharmaceutics": "片剂、胶囊、注射剂等剂型的处方设计、制备工艺与质量评价。",
    "gmp": "GMP条款解读, 验证与确认, 偏差与变更控制, 模拟\"飞行检查\"。",
    "scm": "供应链战略, 牛鞭效应, 采购、库存与配送协同; 案例: 港口与制造业供应链。",
    "terminal": "集装箱码头布局、泊位与堆场计划、闸口作业与码头操作系统（TOS）。",
    "investments": "资产组合理论, CAPM与APT, 债券定价与固定收益, 业绩评价。",
    "risk": "市场风险, 信用风险, 操作风险; VaR计量与压力测试。",
    "ferment": "菌种选育, 培养基设计, 发酵过程控制与放大。",
    "control": "传递函数、时域与频域分析、根轨迹、PID校正, 使用MATLAB/Simulink仿真。",
    "mdesign": "齿轮、轴、轴承、连接件等通用零部件的设计计算。",
    "commprin": "模拟与数字调制、信道编码、同步与多路复用。",
    "attack": "信息收集, 漏洞利用, Web与内网攻防演练; 在靶场环境中完成 \"红蓝对抗\"。",
    "xinchuang": "国产操作系统与数据库（麒麟、达梦等）的安装、迁移与兼容性测试。",
}

# --------------------------------------------------------------------------
# Majors: national code -> (name, name_en, prefix, required, elective pool,
# plan changes by cohort year {year: (added required, added electives, removed)}).
# Every major also gets GENERAL, plus an intro, an internship and a thesis of its own.
# --------------------------------------------------------------------------
GENERAL = ["ideo", "history", "marxism", "mao", "xi", "policy", "eng1", "eng2", "eng3", "eng4",
           "pe1", "pe2", "pe3", "pe4", "military", "mental", "career", "innov", "training"]
GENERAL_ELECTIVES = ["chinese", "culture", "speech", "oralenglish", "litsearch", "aigeneral", "leadership",
                     "sciwriting", "patent"]
ENG_MATH = ["calc1", "calc2", "linalg", "prob", "phys1", "phys2", "physlab"]
ECON_MATH = ["calcb1", "calcb2", "linalg", "probb"]


def _w(text):
    return text.split()


MAJORS = {
    "080901": ("计算机科学与技术", "Computer Science and Technology", "CS",
               ENG_MATH + _w("progc progprac cpp discrete ds dslab dlogic corg algo db os net compilers syslab java"),
               _w("arch linux asm cloud distributed graphics se web jsp frontend mobile hci python aiintro ml secintro"),
               {2023: ([], ["harmony"], ["asm", "jsp"]), 2025: (["aiintro"], ["llm"], ["graphics"])}),
    "080902": ("软件工程", "Software Engineering", "SE",
               ENG_MATH + _w("progc progprac java discrete ds dslab db dblab os net se req sa testing pm selab"),
               _w("cpp algo linux frontend web jsp patterns mobile hci microservice devops cloud python aiintro dlogic"),
               {2023: ([], ["harmony"], ["jsp"]), 2025: ([], ["llm", "ml"], ["hci"])}),
    "080717T": ("人工智能", "Artificial Intelligence", "AI",
                ENG_MATH + _w("progc python cpp discrete ds algo aimath ml pattern dl cv ailab db os"),
                _w("aiintro nlp kg rl aiethics linux cloud mining pydata ros rkin optim numerical mvision dlogic corg"),
                {2023: (["nlp"], ["llm"], ["rkin"]), 2025: (["llm"], ["aiethics"], ["pattern"])}),
    "080910T": ("数据科学与大数据技术", "Data Science and Big Data Technology", "DS",
                ENG_MATH + _w("progc python discrete ds db dblab linux mstat pydata viz ml bigdata spark mining dslab2"),
                _w("algo net os regression dw stream governance cloud dl nlp optim numerical java distributed"),
                {2023: ([], ["llm"], ["numerical"])}),
    "080202": ("机械设计制造及其自动化", "Mechanical Design, Manufacturing and Automation", "ME",
               ENG_MATH + _w("progc drawing cad tmech mmech materials workshop tolerance eetech mprinciples mdesign mtech mcontrol hydraulics cnc mecha mdlab"),
               _w("fea camcad meeng mechatronics robottech plc lean sensors matlab numerical mes"),
               {2023: ([], ["iiot", "dtwin"], ["meeng"])}),
    "080801": ("自动化", "Automation", "AU",
               ENG_MATH + _w("progc complex circuits analog digital elab signals control moderncontrol plc sensors motion motors powerelec mcu aulab"),
               _w("process scada fieldbus mvision matlab embedded robottech python ml ecad iiot dsp"),
               {}),
    "080601": ("电气工程及其自动化", "Electrical Engineering and Automation", "EE",
               ENG_MATH + _w("progc complex circuits analog digital elab signals motors powerelec powersys relay control plc mcu emf"),
               _w("hv newenergy supply ecad matlab dsp embedded sensors python numerical fieldbus"),
               {}),
    "080213T": ("智能制造工程", "Intelligent Manufacturing Engineering", "IM",
                ENG_MATH + _w("progc drawing cad tmech mmech eetech mprinciples mdesign mtech sensors plc robottech mes iiot imlab"),
                _w("python smartfactory lean dtwin indata cnc mvision fieldbus scada db hydraulics control fea"),
                {2023: ([], ["ml"], ["hydraulics"])}),
    "080803T": ("机器人工程", "Robotics Engineering", "RB",
                ENG_MATH + _w("progc cpp python drawing tmech eetech signals control rkin ros rcontrol robottech sensors plc rlab"),
                _w("rvision slam ml dl cv mvision embedded mcu motion fieldbus matlab linux"),
                {}),
    "120102": ("信息管理与信息系统", "Information Management and Information Systems", "IS",
               ECON_MATH + _w("mgmt micro acct stat progc python ds db mis sad bi infores itpm net islab opsmgmt"),
               _w("java ecommerce erp product marketing dtrans pydata viz mining opr linux web fintech"),
               {2023: ([], ["dtrans"], ["linux"])}),
    "020301K": ("金融学", "Finance", "FN",
                ECON_MATH + _w("micro macro acct stat econometrics moneybank corpfin investments fsa intfin commbank risk derivatives finlab"),
                _w("fintech quant finpy securities insurance scf finlaw behavioral taxation audit python intltrade valuation"),
                {}),
    "020302": ("金融工程", "Financial Engineering", "FE",
               ECON_MATH + _w("micro macro acct stat stochastic python econometrics moneybank corpfin investments derivatives fineng finmath risk finlab"),
               _w("quant finpy fintech numerical optim securities regression ml cpp behavioral valuation"),
               {}),
    "080703": ("通信工程", "Communication Engineering", "CM",
               ENG_MATH + _w("progc complex circuits analog digital elab signals dsp emf commprin mobilecomm rf switching net lab5g"),
               _w("infotheory optical sdr satcom mcu embedded fpga pcb python linux iotcomm matlab"),
               {}),
    "083001": ("生物工程", "Bioengineering", "BE",
               ECON_MATH + _w("inorg organic anachem physchem chemlab biochem cellbio microbio molbio genetics geneng cellcult ferment downstream biolab"),
               _w("bioinfo bioreactor biosafety biostat immuno instr python gmp biopharm"),
               {}),
    "100701": ("药学", "Pharmacy", "PY",
               ECON_MATH + _w("inorg organic anachem physchem chemlab instr anatomy biochem microbio pharmacology medchem pharmaceutics pharmanalysis pk natmed pharmadmin pylab"),
               _w("gmp clinpharm newdosage pharmeng2 immuno molbio biostat pharmeng"),
               {}),
    "080905": ("物联网工程", "Internet of Things Engineering", "IO",
               ENG_MATH + _w("progc discrete ds db circuits analog digital mcu embedded net sensors rfid iotcomm iotplat iotlab"),
               _w("iotsec edge cloud linux java python iiot fieldbus mobile harmony fpga"),
               {}),
    "120601": ("物流管理", "Logistics Management", "LG",
               ECON_MATH + _w("mgmt micro acct stat opr logintro scm warehouse transport inventory procurement loginfo logsys intllog loglab"),
               _w("portlog coldchain ecomlog logsim scanalytics forecast intltrade erp python db marketing"),
               {2023: ([], ["scanalytics", "scf"], ["marketing"])}),
    "081801": ("交通运输", "Transportation", "TR",
               ENG_MATH + _w("progc drawing opr logintro traffic transecon trorg terminal shipmgmt multimodal trplan trlab"),
               _w("its rail smartport trsim portlog intllog logsim python db intltrade warehouse"),
               {2023: (["smartport"], [], ["rail"])}),
    "120604T": ("供应链管理", "Supply Chain Management", "SC",
                ECON_MATH + _w("mgmt micro acct stat opr logintro scm procurement sourcing inventory warehouse scanalytics forecast scmgame erp"),
                _w("coldchain intllog portlog logsim ecomlog python db scf fsa bi transport"),
                {}),
    "083002T": ("生物制药", "Biopharmaceutics", "BP",
                ECON_MATH + _w("inorg organic anachem physchem chemlab biochem cellbio microbio molbio immuno pharmacology biopharm downstream ferment gmp biolab"),
                _w("geneng cellcult bioinfo bioreactor pharmaceutics pharmanalysis instr biostat pharmadmin"),
                {}),
    "100702": ("药物制剂", "Pharmaceutics", "PZ",
               ECON_MATH + _w("inorg organic anachem physchem chemlab instr anatomy biochem pharmacology medchem pharmaceutics pharmanalysis pharmeng newdosage pk pylab"),
               _w("gmp pharmadmin microbio biostat pharmeng2 natmed clinpharm"),
               {}),
    "080701": ("电子信息工程", "Electronic Information Engineering", "EI",
               ENG_MATH + _w("progc complex circuits analog digital elab signals dsp mcu embedded emf commprin fpga pcb eilab"),
               _w("imageproc icdesign rf sensors python linux ml infotheory mobilecomm matlab iotcomm"),
               {}),
    "080911TK": ("网络空间安全", "Cyberspace Security", "CY",
                 ENG_MATH + _w("progc discrete ds dlogic corg os net db crypto attack syssec websec secmgmt cylab"),
                 _w("secintro forensics datasec reverse xinchuang linux python cloud java web asm"),
                 {}),
    "020304": ("投资学", "Investment", "IV",
               ECON_MATH + _w("micro macro acct stat econometrics moneybank corpfin investments fsa securities valuation derivatives finlab"),
               _w("quant finpy fintech pevc behavioral insurance risk taxation audit python intfin"),
               {}),
}

# Universities: id, name, name_en, region, [(major code, first cohort of each plan version)].
UNIVERSITIES = [
    ("JHUT", "津海理工大学", "Jinhai University of Technology", "西青区",
     [("080901", [2021, 2023, 2025]), ("080902", [2023]), ("080717T", [2021, 2023, 2025]),
      ("080910T", [2021, 2023]), ("080202", [2021, 2023]), ("080801", [2023]), ("080601", [2023]),
      ("080213T", [2021, 2023]), ("080803T", [2023])]),
    ("HHU", "海河大学", "Haihe University", "南开区",
     [("080901", [2022]), ("080910T", [2021, 2023]), ("120102", [2021, 2023]), ("020301K", [2023]),
      ("020302", [2023]), ("080703", [2023]), ("083001", [2023]), ("100701", [2022])]),
    ("BHUAT", "滨海应用技术大学", "Binhai University of Applied Technology", "滨海新区",
     [("080902", [2021, 2023]), ("080905", [2023]), ("120601", [2021, 2023]), ("081801", [2021, 2023]),
      ("120604T", [2023]), ("080202", [2023])]),
    ("JNIT", "津南科技学院", "Jinnan Institute of Technology", "津南区",
     [("083002T", [2023]), ("100702", [2023]), ("080701", [2023]), ("080911TK", [2022]),
      ("020304", [2023]), ("080717T", [2023])]),
]

# Placement rate per major id (base for graduation year 2023) and its yearly drift.
# Haihe bioengineering and Jinnan investment are the weak cases on purpose.
PLACEMENT = {
    "HHU-083001": (0.71, -0.045),
    "JNIT-020304": (0.80, -0.03),
    "JNIT-100702": (0.86, -0.01),
    "JNIT-080717T": (0.87, 0.02),
    "BHUAT-081801": (0.90, 0.0),
}

# --------------------------------------------------------------------------
# Occupations: id, label, label_en, essential skills, optional skills, titles.
# --------------------------------------------------------------------------
OCCUPATIONS = [
    ("occ.software-dev", "软件开发工程师", "Software developer",
     _w("sk.java sk.spring sk.sql sk.web-backend sk.git sk.algorithms"),
     _w("sk.microservices sk.docker sk.linux sk.python sk.testing sk.teamwork sk.nosql sk.jsp sk.go"),
     ["Java开发工程师", "后端开发工程师", "软件开发工程师", "Java软件工程师"]),
    ("occ.frontend-dev", "前端开发工程师", "Front-end developer",
     _w("sk.javascript sk.vue sk.web-frontend sk.git"),
     _w("sk.hci sk.mobile-dev sk.harmonyos sk.communication"),
     ["前端开发工程师", "Web前端工程师", "H5开发工程师"]),
    ("occ.test-engineer", "软件测试工程师", "Software tester",
     _w("sk.testing sk.test-automation sk.sql sk.linux"),
     _w("sk.python sk.shell sk.writing sk.communication sk.migration"),
     ["软件测试工程师", "自动化测试工程师", "测试开发工程师"]),
    ("occ.ops-engineer", "运维工程师", "Operations engineer",
     _w("sk.linux sk.shell sk.networking sk.docker sk.devops"),
     _w("sk.k8s sk.cloud sk.python sk.sec-ops sk.domestic-os sk.go"),
     ["运维工程师", "系统运维工程师", "云平台运维工程师", "SRE工程师"]),
    ("occ.data-analyst", "数据分析师", "Data analyst",
     _w("sk.sql sk.statistics sk.excel sk.data-viz sk.pandas"),
     _w("sk.bi sk.stat-modeling sk.communication sk.ml sk.python sk.spss"),
     ["数据分析师", "商业数据分析师", "经营分析专员", "BI分析师"]),
    ("occ.data-engineer", "大数据开发工程师", "Big data engineer",
     _w("sk.sql sk.spark sk.etl sk.hadoop sk.python"),
     _w("sk.flink sk.nosql sk.data-governance sk.linux sk.java"),
     ["大数据开发工程师", "数据仓库工程师", "ETL开发工程师"]),
    ("occ.algorithm-engineer", "算法工程师", "Algorithm engineer",
     _w("sk.ml sk.dl sk.pytorch sk.python sk.linear-algebra"),
     _w("sk.cv sk.nlp sk.cpp sk.ai-deploy sk.research sk.probability"),
     ["算法工程师", "机器学习工程师", "视觉算法工程师", "深度学习工程师"]),
    ("occ.llm-engineer", "大模型应用工程师", "LLM application engineer",
     _w("sk.llm sk.prompt sk.python sk.nlp"),
     _w("sk.llm-finetune sk.ai-deploy sk.web-backend sk.k8s sk.knowledge-graph"),
     ["大模型应用开发工程师", "AIGC应用工程师", "大模型算法工程师", "RAG应用开发工程师"]),
    ("occ.embedded-dev", "嵌入式软件工程师", "Embedded software engineer",
     _w("sk.c sk.embedded sk.rtos sk.digital-logic"),
     _w("sk.cpp sk.pcb sk.linux sk.iot sk.domestic-cpu sk.analog"),
     ["嵌入式软件工程师", "单片机开发工程师", "嵌入式Linux工程师"]),
    ("occ.security-engineer", "网络安全工程师", "Cybersecurity engineer",
     _w("sk.netsec sk.pentest sk.networking sk.linux sk.djbh"),
     _w("sk.crypto sk.sec-ops sk.python sk.data-security"),
     ["网络安全工程师", "渗透测试工程师", "安全运维工程师", "等保测评工程师"]),
    ("occ.xinchuang-engineer", "信创适配工程师", "IT application innovation adaptation engineer",
     _w("sk.domestic-os sk.domestic-db sk.migration sk.linux"),
     _w("sk.domestic-cpu sk.middleware sk.shell sk.testing sk.java"),
     ["信创适配工程师", "国产化迁移工程师", "信创解决方案工程师", "国产数据库工程师"]),
    ("occ.electrical-engineer", "电气工程师", "Electrical engineer",
     _w("sk.circuits sk.power-electronics sk.power-systems sk.motors"),
     _w("sk.plc sk.new-energy sk.pcb sk.cad sk.matlab"),
     ["电气工程师", "电气设计工程师", "储能电气工程师", "电力工程师"]),
    ("occ.automation-engineer", "自动化工程师", "Automation engineer",
     _w("sk.plc sk.control-theory sk.scada sk.sensors sk.motion-control"),
     _w("sk.opcua sk.industrial-robot sk.iiot sk.c sk.digital-twin"),
     ["PLC工程师", "自动化工程师", "电气自动化工程师", "调试工程师"]),
    ("occ.mech-designer", "机械设计工程师", "Mechanical design engineer",
     _w("sk.cad sk.mech-design sk.drafting sk.mechanics sk.tolerance"),
     _w("sk.fea sk.manufacturing-tech sk.hydraulics sk.tech-english"),
     ["机械设计工程师", "结构工程师", "非标设备设计工程师"]),
    ("occ.smart-mfg-engineer", "智能制造工程师", "Intelligent manufacturing engineer",
     _w("sk.mes sk.iiot sk.opcua sk.sql sk.lean"),
     _w("sk.digital-twin sk.predictive-maintenance sk.plc sk.data-viz sk.python"),
     ["智能制造工程师", "MES实施工程师", "工业互联网工程师", "数字化工厂工程师"]),
    ("occ.robot-engineer", "机器人应用工程师", "Robotics application engineer",
     _w("sk.industrial-robot sk.ros sk.motion-control sk.plc"),
     _w("sk.machine-vision sk.cpp sk.python sk.sensors sk.robot-kinematics"),
     ["机器人应用工程师", "机器人调试工程师", "机器人集成工程师"]),
    ("occ.comm-engineer", "通信网络工程师", "Telecommunications network engineer",
     _w("sk.5g sk.comm-principles sk.network-eng"),
     _w("sk.optical sk.networking sk.linux sk.rf"),
     ["通信工程师", "5G网络优化工程师", "传输网络工程师"]),
    ("occ.bioprocess-engineer", "生物工艺工程师", "Bioprocess engineer",
     _w("sk.fermentation sk.cell-culture sk.bioprocess sk.gmp sk.microbiology"),
     _w("sk.molecular-bio sk.quality-control sk.statistics sk.writing"),
     ["生物工艺工程师", "细胞培养工程师", "发酵工艺员", "纯化工艺工程师"]),
    ("occ.pharma-rd", "药物研发研究员", "Pharmaceutical R&D scientist",
     _w("sk.pharmaceutics sk.med-chem sk.pharm-analysis sk.analytical-chem sk.research"),
     _w("sk.pharmacokinetics sk.organic-chem sk.tech-english sk.gmp"),
     ["制剂研究员", "药物合成研究员", "分析研究员", "药物研发助理"]),
    ("occ.pharma-qa", "药品质量保证专员", "Pharmaceutical quality assurance specialist",
     _w("sk.gmp sk.pharm-analysis sk.quality-control sk.analytical-chem"),
     _w("sk.drug-reg sk.writing sk.microbiology"),
     ["QA专员", "QC检验员", "质量保证工程师", "验证工程师"]),
    ("occ.regulatory-specialist", "药品注册专员", "Regulatory affairs specialist",
     _w("sk.drug-reg sk.gmp sk.writing sk.tech-english"),
     _w("sk.clinical-trials sk.pharmacology"),
     ["药品注册专员", "注册事务主管", "临床监查员"]),
    ("occ.logistics-planner", "物流与供应链计划员", "Logistics and supply chain planner",
     _w("sk.supply-chain sk.inventory sk.transport-planning sk.excel"),
     _w("sk.warehousing sk.erp sk.sql sk.data-viz sk.procurement sk.optimization"),
     ["物流规划专员", "供应链计划员", "仓储主管", "物流运营专员"]),
    ("occ.port-operator", "港口调度员", "Port operations dispatcher",
     _w("sk.port-ops sk.tos sk.shipping sk.multimodal"),
     _w("sk.smart-port sk.customs sk.english sk.communication"),
     ["码头调度员", "集装箱堆场计划员", "港口操作员", "船舶配载员"]),
    ("occ.customs-specialist", "报关与货代专员", "Customs and freight forwarding specialist",
     _w("sk.customs sk.int-trade sk.shipping sk.english"),
     _w("sk.erp sk.communication sk.excel"),
     ["报关员", "国际货代操作", "关务专员", "单证员"]),
    ("occ.financial-analyst", "金融分析师", "Financial analyst",
     _w("sk.financial-analysis sk.investment sk.corporate-finance sk.excel"),
     _w("sk.python sk.data-viz sk.derivatives sk.communication sk.econometrics"),
     ["行业研究员", "投资分析师", "金融分析师", "投资经理助理"]),
    ("occ.risk-analyst", "风控分析师", "Risk analyst",
     _w("sk.risk-mgmt sk.credit-risk sk.sql sk.statistics"),
     _w("sk.python sk.ml sk.aml sk.stat-modeling"),
     ["风控分析师", "信贷审批专员", "风险模型专员", "合规风控专员"]),
    ("occ.quant-researcher", "量化研究员", "Quantitative researcher",
     _w("sk.quant sk.python sk.stat-modeling sk.derivatives sk.probability"),
     _w("sk.ml sk.cpp sk.econometrics"),
     ["量化研究员", "量化开发工程师", "金融工程研究员"]),
    ("occ.fintech-dev", "金融科技开发工程师", "FinTech developer",
     _w("sk.java sk.sql sk.fintech sk.microservices"),
     _w("sk.domestic-db sk.data-security sk.risk-mgmt sk.spring"),
     ["金融科技开发工程师", "银行核心系统开发", "支付系统开发工程师"]),
    ("occ.accountant", "会计", "Accountant",
     _w("sk.accounting sk.tax sk.excel sk.financial-analysis"),
     _w("sk.erp sk.audit sk.mgmt-accounting"),
     ["会计", "财务专员", "成本会计", "税务专员"]),
    ("occ.product-manager", "产品经理", "Product manager",
     _w("sk.product-mgmt sk.req-analysis sk.communication sk.project-mgmt"),
     _w("sk.data-viz sk.sql sk.hci sk.digital-transform"),
     ["产品经理", "产品助理", "数字化产品经理"]),
]

# Occupation popularity over time: factor(t) = max(0.05, a + b * t), t in years since 2024-01-01.
OCCUPATION_TREND = {
    "occ.llm-engineer": (0.15, 0.9),
    "occ.xinchuang-engineer": (0.6, 0.35),
    "occ.smart-mfg-engineer": (0.8, 0.3),
    "occ.data-engineer": (1.3, -0.3),
    "occ.frontend-dev": (1.1, -0.2),
    "occ.test-engineer": (1.0, -0.1),
    "occ.comm-engineer": (1.0, -0.15),
}

# Skill popularity over time in demand: multiplier(t) = max(0.1, 1 + rate * t).
SKILL_TREND = {
    "sk.llm": 1.4, "sk.prompt": 1.2, "sk.llm-finetune": 1.0, "sk.ai-deploy": 0.7,
    "sk.iiot": 0.6, "sk.digital-twin": 0.7, "sk.predictive-maintenance": 0.5, "sk.opcua": 0.3,
    "sk.domestic-os": 0.6, "sk.domestic-db": 0.6, "sk.domestic-cpu": 0.4, "sk.migration": 0.5,
    "sk.harmonyos": 0.8, "sk.k8s": 0.35, "sk.new-energy": 0.5, "sk.smart-port": 0.6,
    "sk.supply-chain-finance": 0.3, "sk.data-security": 0.3, "sk.digital-transform": 0.3,
    "sk.hadoop": -0.35, "sk.jsp": -0.4, "sk.spss": -0.3, "sk.assembly": -0.25,
    "sk.excel": -0.1, "sk.vue": -0.1,
}

# Skills that appear in postings out of nowhere more and more often: (probability slope per year, importance range).
EMERGING = {
    "software": [("sk.llm", 0.12, (0.4, 0.8)), ("sk.k8s", 0.05, (0.3, 0.6)), ("sk.harmonyos", 0.06, (0.4, 0.8))],
    "manufacturing": [("sk.iiot", 0.12, (0.5, 0.9)), ("sk.digital-twin", 0.10, (0.4, 0.8)),
                      ("sk.predictive-maintenance", 0.06, (0.3, 0.7))],
    "finance": [("sk.llm", 0.05, (0.3, 0.6)), ("sk.data-security", 0.05, (0.3, 0.6))],
    "port": [("sk.smart-port", 0.12, (0.4, 0.8))],
    "bio": [],
}
OCCUPATION_FAMILY = {
    "occ.software-dev": "software", "occ.frontend-dev": "software", "occ.test-engineer": "software",
    "occ.ops-engineer": "software", "occ.data-analyst": "software", "occ.data-engineer": "software",
    "occ.algorithm-engineer": "software", "occ.llm-engineer": "software", "occ.embedded-dev": "manufacturing",
    "occ.security-engineer": "software", "occ.xinchuang-engineer": "software",
    "occ.electrical-engineer": "manufacturing", "occ.automation-engineer": "manufacturing",
    "occ.mech-designer": "manufacturing", "occ.smart-mfg-engineer": "manufacturing",
    "occ.robot-engineer": "manufacturing", "occ.comm-engineer": "software",
    "occ.bioprocess-engineer": "bio", "occ.pharma-rd": "bio", "occ.pharma-qa": "bio",
    "occ.regulatory-specialist": "bio", "occ.logistics-planner": "port", "occ.port-operator": "port",
    "occ.customs-specialist": "port", "occ.financial-analyst": "finance", "occ.risk-analyst": "finance",
    "occ.quant-researcher": "finance", "occ.fintech-dev": "software", "occ.accountant": "finance",
    "occ.product-manager": "software",
}

# --------------------------------------------------------------------------
# Employers. Industry is an English slug (see README for the Chinese names).
# --------------------------------------------------------------------------
EMPLOYERS = [
    ("emp.jinhai-robotics", "津海智能机器人有限公司", "intelligent-manufacturing", "滨海新区", ["occ.robot-engineer"]),
    ("emp.haihe-heavy", "海河重型装备集团有限公司", "intelligent-manufacturing", "北辰区", ["occ.mech-designer"]),
    ("emp.xiqing-auto-parts", "西青精工汽车零部件有限公司", "intelligent-manufacturing", "西青区", []),
    ("emp.tianhe-electric", "天禾电气自动化股份有限公司", "intelligent-manufacturing", "北辰区", ["occ.electrical-engineer", "occ.automation-engineer"]),
    ("emp.binhai-cnc", "滨海数控机床有限公司", "intelligent-manufacturing", "滨海新区", ["occ.mech-designer"]),
    ("emp.dongli-new-energy", "东丽新能源装备有限公司", "intelligent-manufacturing", "东丽区", ["occ.electrical-engineer"]),
    ("emp.wuqing-smart-factory", "武清智造科技有限公司", "intelligent-manufacturing", "武清区", ["occ.smart-mfg-engineer"]),
    ("emp.jinnan-precision", "津南精密仪器有限公司", "intelligent-manufacturing", "津南区", ["occ.embedded-dev"]),
    ("emp.baodi-battery", "宝坻动力电池科技有限公司", "intelligent-manufacturing", "宝坻区", ["occ.electrical-engineer"]),
    ("emp.haihe-iiot", "海河工业互联网科技有限公司", "intelligent-manufacturing", "河北区", ["occ.smart-mfg-engineer", "occ.software-dev"]),
    ("emp.haiqi-software", "海麒软件技术有限公司", "it-innovation", "滨海新区", ["occ.xinchuang-engineer", "occ.software-dev"]),
    ("emp.jinxin-micro", "津芯微电子有限公司", "it-innovation", "滨海新区", ["occ.embedded-dev"]),
    ("emp.tuanbo-cloud", "团泊云计算有限公司", "it-innovation", "静海区", ["occ.ops-engineer"]),
    ("emp.nankai-digital", "南开数字软件有限公司", "it-innovation", "南开区", []),
    ("emp.heping-data", "和平数据科技有限公司", "it-innovation", "和平区", ["occ.data-engineer", "occ.data-analyst"]),
    ("emp.jinshu-ai", "津数智能科技有限公司", "it-innovation", "西青区", ["occ.algorithm-engineer", "occ.llm-engineer"]),
    ("emp.zhongtian-db", "中天数据库软件有限公司", "it-innovation", "滨海新区", ["occ.xinchuang-engineer"]),
    ("emp.hexi-security", "河西网安技术有限公司", "it-innovation", "河西区", ["occ.security-engineer"]),
    ("emp.binhai-telecom", "滨海通信网络工程有限公司", "it-innovation", "河东区", ["occ.comm-engineer"]),
    ("emp.jinyao-pharma", "津药康宁制药有限公司", "biomedicine", "北辰区", ["occ.pharma-qa"]),
    ("emp.haihe-bio", "海河生物技术有限公司", "biomedicine", "滨海新区", ["occ.bioprocess-engineer"]),
    ("emp.tianshu-tcm", "天枢中药股份有限公司", "biomedicine", "西青区", []),
    ("emp.binhai-cro", "滨海医药研发服务有限公司", "biomedicine", "滨海新区", ["occ.pharma-rd", "occ.regulatory-specialist"]),
    ("emp.jinnan-vaccine", "津南生物疫苗有限公司", "biomedicine", "津南区", ["occ.bioprocess-engineer"]),
    ("emp.dongli-meditech", "东丽医疗器械有限公司", "biomedicine", "东丽区", ["occ.regulatory-specialist"]),
    ("emp.huaxin-gene", "华信基因科技有限公司", "biomedicine", "南开区", ["occ.bioprocess-engineer", "occ.data-analyst"]),
    ("emp.jingang-logistics", "津港智慧物流有限公司", "port-logistics", "滨海新区", ["occ.logistics-planner"]),
    ("emp.dongjiang-terminal", "东疆集装箱码头有限公司", "port-logistics", "滨海新区", ["occ.port-operator"]),
    ("emp.haihe-shipping", "海河国际船务代理有限公司", "port-logistics", "滨海新区", ["occ.customs-specialist"]),
    ("emp.beijiang-coldchain", "北疆冷链物流有限公司", "port-logistics", "东丽区", []),
    ("emp.wuqing-ecom-logistics", "武清电商物流园有限公司", "port-logistics", "武清区", ["occ.logistics-planner"]),
    ("emp.jinghai-rail", "静海海铁联运有限公司", "port-logistics", "静海区", ["occ.port-operator"]),
    ("emp.jinjin-supply-chain", "津津供应链管理有限公司", "port-logistics", "河北区", ["occ.logistics-planner"]),
    ("emp.lingang-bulk", "临港散货码头有限公司", "port-logistics", "滨海新区", ["occ.port-operator"]),
    ("emp.haihe-bank", "海河商业银行股份有限公司", "finance", "和平区", ["occ.fintech-dev", "occ.risk-analyst"]),
    ("emp.jinrong-securities", "津融证券有限责任公司", "finance", "河西区", ["occ.financial-analyst", "occ.quant-researcher"]),
    ("emp.binhai-leasing", "滨海融资租赁有限公司", "finance", "滨海新区", ["occ.risk-analyst"]),
    ("emp.bohai-insurance", "渤海湾财产保险股份有限公司", "finance", "和平区", []),
    ("emp.jinshang-fintech", "津商金融科技有限公司", "finance", "南开区", ["occ.fintech-dev"]),
    ("emp.haitang-fund", "海棠基金管理有限公司", "finance", "河西区", ["occ.quant-researcher", "occ.financial-analyst"]),
    ("emp.jinxin-factoring", "津信商业保理有限公司", "finance", "滨海新区", ["occ.risk-analyst"]),
    ("emp.hedong-rural-bank", "河东农村商业银行股份有限公司", "finance", "河东区", ["occ.accountant"]),
]

INDUSTRY_OCCUPATIONS = {
    "intelligent-manufacturing": {"occ.automation-engineer": 3, "occ.mech-designer": 3, "occ.electrical-engineer": 2.5,
                                  "occ.smart-mfg-engineer": 2.5, "occ.robot-engineer": 2, "occ.embedded-dev": 1.5,
                                  "occ.software-dev": 0.8, "occ.data-analyst": 0.5, "occ.logistics-planner": 0.4,
                                  "occ.algorithm-engineer": 0.6, "occ.llm-engineer": 0.2},
    "it-innovation": {"occ.software-dev": 3, "occ.frontend-dev": 1.5, "occ.test-engineer": 1.5, "occ.ops-engineer": 1.5,
                      "occ.xinchuang-engineer": 2.5, "occ.security-engineer": 1.5, "occ.data-engineer": 2.2,
                      "occ.algorithm-engineer": 1.2, "occ.llm-engineer": 1.2, "occ.embedded-dev": 0.8,
                      "occ.comm-engineer": 0.6, "occ.product-manager": 1, "occ.data-analyst": 0.8},
    "biomedicine": {"occ.bioprocess-engineer": 3, "occ.pharma-rd": 3, "occ.pharma-qa": 2.5,
                    "occ.regulatory-specialist": 1.5, "occ.data-analyst": 0.4, "occ.logistics-planner": 0.3},
    "port-logistics": {"occ.logistics-planner": 3, "occ.port-operator": 3, "occ.customs-specialist": 2,
                       "occ.software-dev": 0.5, "occ.data-analyst": 0.8, "occ.automation-engineer": 0.4,
                       "occ.product-manager": 0.2},
    "finance": {"occ.financial-analyst": 2.5, "occ.risk-analyst": 2.5, "occ.quant-researcher": 1,
                "occ.fintech-dev": 2, "occ.accountant": 1.5, "occ.data-analyst": 1.2,
                "occ.security-engineer": 0.4, "occ.llm-engineer": 0.3},
}

# Skills an industry adds to postings whatever the occupation: (skill, weight in the draw).
INDUSTRY_EXTRAS = {
    "intelligent-manufacturing": [("sk.iiot", 0.4), ("sk.lean", 0.3), ("sk.quality-control", 0.3),
                                  ("sk.digital-twin", 0.2), ("sk.opcua", 0.2), ("sk.teamwork", 0.2)],
    "it-innovation": [("sk.domestic-os", 0.6), ("sk.domestic-db", 0.5), ("sk.domestic-cpu", 0.3),
                      ("sk.middleware", 0.3), ("sk.migration", 0.4), ("sk.communication", 0.2)],
    "biomedicine": [("sk.gmp", 0.6), ("sk.writing", 0.3), ("sk.tech-english", 0.3), ("sk.lab-safety", 0.3),
                    ("sk.cold-chain", 0.1)],
    "port-logistics": [("sk.english", 0.3), ("sk.tos", 0.3), ("sk.smart-port", 0.3), ("sk.customs", 0.3),
                       ("sk.erp", 0.2), ("sk.cold-chain", 0.15)],
    "finance": [("sk.aml", 0.35), ("sk.communication", 0.3), ("sk.data-security", 0.2),
                ("sk.supply-chain-finance", 0.2), ("sk.excel", 0.2)],
}

REGIONS = ["滨海新区", "和平区", "河东区", "河西区", "南开区", "河北区", "红桥区", "东丽区", "西青区",
           "津南区", "北辰区", "武清区", "宝坻区", "宁河区", "静海区", "蓟州区"]

DEMAND_START = datetime.date(2024, 1, 1)
DEMAND_END = datetime.date(2026, 11, 15)
DEMANDS_PER_YEAR = {2024: 170, 2025: 205, 2026: 225}
OUTCOME_YEARS = [2023, 2024, 2025]


# ==========================================================================
# Parsing the tables
# ==========================================================================
def parse_skills():
    skills = []
    for line in SKILLS_TEXT.strip().splitlines():
        parts = [p.strip() for p in line.split(";")]
        sid, label, label_en, alts, parent = parts
        alt_list = [a for a in alts.split("|") if a and a.lower() not in (label.lower(), label_en.lower())]
        skills.append({"skill_id": sid, "label": label, "label_en": label_en,
                       "alt_labels": "|".join(alt_list), "parent_id": parent})
    return skills


def parse_course_templates():
    templates = {}
    order = []
    for line in COURSES_TEXT.strip().splitlines():
        parts = [p.strip() for p in line.split(";")]
        key, prefix, name, name_en, credits, sem, cat, skills, prereqs = parts
        if key in templates:
            raise SystemExit(f"duplicate course template {key}")
        skill_weights = {}
        for item in filter(None, skills.split(",")):
            sid, w = item.split(":")
            skill_weights[sid] = float(w)
        templates[key] = {
            "key": key, "prefix": prefix, "name": name, "name_en": name_en,
            "credits": float(credits), "semester": int(sem), "category": CATEGORY[cat],
            "skills": skill_weights, "prereqs": [p for p in prereqs.split(",") if p],
            "description": DESCRIPTIONS.get(key, ""),
        }
        order.append(key)
    return templates, order


def add_major_own_courses(templates, order, code):
    """Adds the intro, internship and thesis every major has to itself."""
    name, name_en, prefix, required, _pool, _changes = MAJORS[code]
    top_skills = []
    for key in required:
        for sid, w in templates[key]["skills"].items():
            if templates[key]["category"] == CATEGORY["C"] and sid not in top_skills:
                top_skills.append(sid)
    own = [
        (f"{code}-intro", f"{name}专业导论", f"Introduction to {name_en}", 1, 1, "B",
         {"sk.innovation": 0.2, **({top_skills[0]: 0.2} if top_skills else {})}),
        (f"{code}-intern", f"{name}专业实习", f"{name_en} Internship", 3, 7, "P",
         {"sk.teamwork": 0.5, "sk.communication": 0.4, **{s: 0.3 for s in top_skills[1:3]}}),
        (f"{code}-thesis", "毕业设计（论文）", "Graduation Project (Thesis)", 4, 8, "P",
         {"sk.research": 0.7, "sk.writing": 0.6, "sk.tech-english": 0.3, **{s: 0.3 for s in top_skills[3:4]}}),
    ]
    keys = []
    for key, n, n_en, credits, sem, cat, skills in own:
        templates[key] = {"key": key, "prefix": prefix, "name": n, "name_en": n_en, "credits": float(credits),
                          "semester": sem, "category": CATEGORY[cat], "skills": skills, "prereqs": [],
                          "description": ""}
        order.append(key)
        keys.append(key)
    return keys


# ==========================================================================
# Building the academic side
# ==========================================================================
def closure(keys, templates):
    """Returns keys plus every transitive prerequisite, in a stable order."""
    seen = []
    stack = list(keys)
    while stack:
        k = stack.pop(0)
        if k in seen:
            continue
        seen.append(k)
        stack.extend(templates[k]["prereqs"])
    return seen


def choose_electives(rng, pool, present, templates, count):
    """Picks `count` electives whose prerequisites are already in the plan."""
    chosen = []
    candidates = [k for k in pool if k not in present]
    rng.shuffle(candidates)
    candidates.sort(key=lambda k: templates[k]["semester"])  # stable: earlier semesters unlock later ones
    for k in candidates:
        if len(chosen) >= count:
            break
        if all(p in present or p in chosen for p in templates[k]["prereqs"]):
            chosen.append(k)
    return chosen


def jitter(rng, w):
    return min(1.0, max(0.2, round(w * rng.uniform(0.85, 1.1), 2)))


def build_academic(rng, templates, order):
    own_keys = {code: add_major_own_courses(templates, order, code) for code in MAJORS}
    universities, majors, plans, plan_courses = [], [], [], []
    courses, prerequisites, course_skills = [], [], []
    course_ids = {}  # (university, key) -> course id

    for uni_id, uni_name, uni_en, region, offerings in UNIVERSITIES:
        universities.append({"university_id": uni_id, "name": uni_name, "name_en": uni_en, "region": region})
        plans_of_uni = []  # (plan row, {key: required})
        for code, cohorts in offerings:
            name, name_en, _prefix, required, pool, changes = MAJORS[code]
            major_id = f"{uni_id}-{code}"
            majors.append({"major_id": major_id, "university_id": uni_id, "code": code, "name": name,
                           "name_en": name_en, "degree_level": "bachelor"})
            req = closure(GENERAL + required + own_keys[code], templates)
            # About a quarter of a plan is elective: mostly the major's own pool,
            # topped up with general electives; 58 at most leaves room for later versions.
            n_elective = min(58 - len(req), round(len(req) / 3) + rng.randint(-1, 1))
            electives = choose_electives(rng, pool, set(req), templates, n_elective - rng.randint(2, 3))
            electives += choose_electives(rng, GENERAL_ELECTIVES, set(req) | set(electives), templates,
                                          n_elective - len(electives))
            current = {k: True for k in req}
            current.update({k: False for k in electives})
            first = cohorts[0]
            for version, cohort in enumerate(cohorts, start=1):
                # Changes dated up to this cohort apply; the first cohort sees only its own baseline.
                if cohort != first:
                    for year, (add_req, add_el, removed) in sorted(changes.items()):
                        if cohorts[version - 2] < year <= cohort:
                            for k in removed:
                                current.pop(k, None)
                            for k in closure(add_req, templates):
                                current.setdefault(k, True)
                                if k in add_req:
                                    current[k] = True
                            for k in closure(add_el, templates):
                                current.setdefault(k, False)
                plan_id = f"{major_id}-{cohort}"
                plan = {"plan_id": plan_id, "major_id": major_id, "cohort_year": cohort, "version": f"v{version}"}
                plans.append(plan)
                plans_of_uni.append((plan, dict(current)))

        # The university's catalogue: everything its plans use plus the elective
        # pools of its majors (offered, not every year chosen), closed over prerequisites.
        used = []
        for _plan, content in plans_of_uni:
            used.extend(content)
        for code, _ in offerings:
            used.extend(MAJORS[code][4])
        used.extend(GENERAL_ELECTIVES)
        catalogue = set(closure(used, templates))
        seq = defaultdict(int)
        for key in order:  # template order keeps numbering stable
            if key not in catalogue:
                continue
            t = templates[key]
            year = (t["semester"] + 1) // 2
            seq[(t["prefix"], year)] += 1
            code = f"{t['prefix']}{year}{seq[(t['prefix'], year)]:02d}{int(t['credits'])}"
            cid = f"{uni_id} {code}"
            course_ids[(uni_id, key)] = cid
            credits = t["credits"]
            hours = "" if t["category"] == CATEGORY["P"] else str(int(round(credits * 16)))
            # Jinnan's catalogue has no English names for its political theory courses.
            name_en = "" if (uni_id == "JNIT" and t["prefix"] == "MX") else t["name_en"]
            courses.append({"course_id": cid, "university_id": uni_id, "code": code, "name": t["name"],
                            "name_en": name_en, "credits": fmt_num(credits), "hours": hours,
                            "category": t["category"], "description": t["description"]})
            for sid, w in t["skills"].items():
                course_skills.append({"course_id": cid, "skill_id": sid, "weight": fmt_num(jitter(rng, w))})
        for key in order:
            if key in catalogue:
                for p in templates[key]["prereqs"]:
                    prerequisites.append({"course_id": course_ids[(uni_id, key)],
                                          "prerequisite_id": course_ids[(uni_id, p)]})
        for plan, content in plans_of_uni:
            rows = sorted(content.items(), key=lambda kv: (templates[kv[0]]["semester"], order.index(kv[0])))
            for key, required in rows:
                plan_courses.append({"plan_id": plan["plan_id"], "course_id": course_ids[(uni_id, key)],
                                     "semester": templates[key]["semester"], "required": 1 if required else 0})
    return universities, majors, plans, plan_courses, courses, prerequisites, course_skills


def fmt_num(x):
    """Writes 3.0 as 3 and 1.5 as 1.5, so the files read like a registrar's export."""
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


# ==========================================================================
# Labour market side
# ==========================================================================
def years_since_start(day):
    return (day - DEMAND_START).days / 365.25


def weighted_choice(rng, items):
    total = sum(w for _, w in items)
    r = rng.uniform(0, total)
    acc = 0.0
    for item, w in items:
        acc += w
        if r <= acc:
            return item
    return items[-1][0]


def weighted_sample(rng, items, k):
    """Draws k distinct items without replacement, proportionally to weight."""
    pool = list(items)
    out = []
    while pool and len(out) < k:
        item = weighted_choice(rng, pool)
        out.append(item)
        pool = [(i, w) for i, w in pool if i != item]
    return out


def headcount(rng, title):
    if "校园招聘" in title or "实习" in title:
        return rng.randint(5, 30)
    r = rng.random()
    if r < 0.55:
        return rng.randint(1, 2)
    if r < 0.80:
        return rng.randint(3, 5)
    if r < 0.93:
        return rng.randint(6, 15)
    return rng.randint(20, 50)


def build_labour(rng):
    occupations = [{"occupation_id": o[0], "label": o[1], "label_en": o[2]} for o in OCCUPATIONS]
    occupation_skills = []
    profile = {}
    for oid, _l, _le, essential, optional, titles in OCCUPATIONS:
        profile[oid] = (essential, optional, titles)
        for s in essential:
            occupation_skills.append({"occupation_id": oid, "skill_id": s, "relation": "essential"})
        for s in optional:
            occupation_skills.append({"occupation_id": oid, "skill_id": s, "relation": "optional"})
    employers = [{"employer_id": e[0], "name": e[1], "industry": e[2], "region": e[3]} for e in EMPLOYERS]
    activity = {e[0]: rng.uniform(0.5, 3.0) for e in EMPLOYERS}

    dates = []
    for year, n in DEMANDS_PER_YEAR.items():
        start = max(DEMAND_START, datetime.date(year, 1, 1))
        end = min(DEMAND_END, datetime.date(year, 12, 31))
        span = (end - start).days
        for _ in range(n):
            # Hiring peaks in spring (after the Spring Festival) and autumn (校园招聘).
            while True:
                d = start + datetime.timedelta(days=rng.randint(0, span))
                peak = 1.0 + (0.6 if d.month in (3, 4, 9, 10) else 0.0) - (0.5 if d.month in (1, 2) else 0.0)
                if rng.random() < peak / 1.6:
                    break
            dates.append(d)
    dates.sort()

    demands, demand_skills = [], []
    per_year = defaultdict(int)
    for day in dates:
        t = years_since_start(day)
        emp = weighted_choice(rng, [(e, activity[e[0]]) for e in EMPLOYERS])
        emp_id, _name, industry, emp_region, focus = emp
        occ_weights = []
        for oid, w in INDUSTRY_OCCUPATIONS[industry].items():
            a, b = OCCUPATION_TREND.get(oid, (1.0, 0.0))
            w *= max(0.05, a + b * t)
            if oid in focus:
                w *= 3
            occ_weights.append((oid, w))
        oid = weighted_choice(rng, occ_weights)
        essential, optional, titles = profile[oid]
        title = rng.choice(titles)
        r = rng.random()
        if r < 0.12:
            title = "资深" + title
        elif r < 0.22:
            title = "高级" + title
        elif r < 0.28:
            title = f"{day.year + (1 if day.month >= 9 else 0)}届校园招聘-{title}"
        elif r < 0.32:
            title = title + "（实习）"
        if industry == "it-innovation" and oid in ("occ.software-dev", "occ.test-engineer") and rng.random() < 0.3:
            title += "（信创方向）"

        per_year[day.year] += 1
        did = f"d-{day.year}-{per_year[day.year]:04d}"
        ri = rng.random()
        region = emp_region if ri < 0.85 else ("" if ri < 0.9 else rng.choice(REGIONS))
        mode = rng.random()
        occupation_only = mode < 0.13
        with_occupation = mode < 0.70
        demands.append({"demand_id": did, "employer_id": emp_id, "title": title,
                        "occupation_id": oid if with_occupation else "", "headcount": headcount(rng, title),
                        "region": region, "posted_on": day.isoformat()})
        if occupation_only:
            continue  # takes the occupation's skill profile

        def trend(sid):
            return max(0.1, 1 + SKILL_TREND.get(sid, 0.0) * t)

        candidates = {}
        for s in essential:
            candidates[s] = ("essential", 1.0 * trend(s))
        for s in optional:
            candidates.setdefault(s, ("optional", 0.45 * trend(s)))
        for s, w in INDUSTRY_EXTRAS[industry]:
            candidates.setdefault(s, ("extra", 0.6 * w * trend(s)))
        # A posting names a few of the occupation's essentials, then fills up
        # from its optional skills and the industry's usual asks.
        k = min(len(candidates), rng.randint(3, 8))
        n_essential = min(len(essential), rng.randint(2, 4), k)
        picked = weighted_sample(rng, [(s, candidates[s][1]) for s in essential], n_essential)
        picked += weighted_sample(rng, [(s, v[1]) for s, v in candidates.items() if s not in picked],
                                  k - n_essential)
        rows = {}
        for s in picked:
            kind = candidates[s][0]
            lo, hi = {"essential": (0.6, 1.0), "optional": (0.3, 0.75), "extra": (0.25, 0.7)}[kind]
            rows[s] = round(rng.uniform(lo, hi), 2)
        for s, slope, (lo, hi) in EMERGING[OCCUPATION_FAMILY[oid]]:
            if s not in rows and len(rows) < 8 and rng.random() < slope * t:
                rows[s] = round(rng.uniform(lo, hi), 2)
        for s, imp in rows.items():
            demand_skills.append({"demand_id": did, "skill_id": s, "importance": fmt_num(max(0.05, min(1.0, imp)))})
    return occupations, occupation_skills, employers, demands, demand_skills


def build_outcomes(rng, majors):
    outcomes = []
    for m in majors:
        mid = m["major_id"]
        base_rate, drift = PLACEMENT.get(mid, (rng.uniform(0.9, 0.96), rng.uniform(-0.01, 0.01)))
        size = rng.randint(45, 280)
        for i, year in enumerate(OUTCOME_YEARS):
            graduates = max(40, min(300, int(size * rng.uniform(0.9, 1.1))))
            rate = min(0.99, max(0.3, base_rate + drift * i + rng.uniform(-0.015, 0.015)))
            placed = min(graduates, int(round(graduates * rate)))
            outcomes.append({"major_id": mid, "year": year, "graduates": graduates, "placed": placed})
    return outcomes


# ==========================================================================
# Writing and checking
# ==========================================================================
FILES = {
    "universities.csv": ["university_id", "name", "name_en", "region"],
    "majors.csv": ["major_id", "university_id", "code", "name", "name_en", "degree_level"],
    "courses.csv": ["course_id", "university_id", "code", "name", "name_en", "credits", "hours", "category",
                    "description"],
    "plans.csv": ["plan_id", "major_id", "cohort_year", "version"],
    "plan_courses.csv": ["plan_id", "course_id", "semester", "required"],
    "prerequisites.csv": ["course_id", "prerequisite_id"],
    "skills.csv": ["skill_id", "label", "label_en", "alt_labels", "parent_id"],
    "course_skills.csv": ["course_id", "skill_id", "weight"],
    "occupations.csv": ["occupation_id", "label", "label_en"],
    "occupation_skills.csv": ["occupation_id", "skill_id", "relation"],
    "employers.csv": ["employer_id", "name", "industry", "region"],
    "demands.csv": ["demand_id", "employer_id", "title", "occupation_id", "headcount", "region", "posted_on"],
    "demand_skills.csv": ["demand_id", "skill_id", "importance"],
    "outcomes.csv": ["major_id", "year", "graduates", "placed"],
}


def write_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow([r[c] for c in header])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


class CheckFailed(Exception):
    pass


def check_bundle(out):
    """Reads the written files back and checks every rule the importer enforces."""
    problems = []

    def fail(msg):
        problems.append(msg)

    data = {}
    for name, header in FILES.items():
        path = os.path.join(out, name)
        with open(path, encoding="utf-8", newline="") as f:
            first = next(csv.reader(f))
        if first != header:
            fail(f"{name}: header {first} != {header}")
        data[name] = read_csv(path)

    def unique(name, col):
        ids = [r[col] for r in data[name]]
        dup = {i for i in ids if ids.count(i) > 1} if len(ids) != len(set(ids)) else set()
        if dup:
            fail(f"{name}: duplicate {col}: {sorted(dup)[:5]}")
        return set(ids)

    def unique_pair(name, a, b):
        pairs = [(r[a], r[b]) for r in data[name]]
        if len(pairs) != len(set(pairs)):
            fail(f"{name}: duplicate ({a}, {b}) rows")

    def refs(name, col, valid, optional=False):
        for i, r in enumerate(data[name], start=2):
            v = r[col]
            if v == "" and optional:
                continue
            if v not in valid:
                fail(f"{name} line {i}: {col} {v!r} does not exist")

    def num(name, col, lo, hi, kind=float, lo_open=False, optional=False):
        for i, r in enumerate(data[name], start=2):
            v = r[col]
            if v == "" and optional:
                continue
            try:
                x = kind(v)
            except ValueError:
                fail(f"{name} line {i}: {col} {v!r} is not a number")
                continue
            if x < lo or x > hi or (lo_open and x == lo):
                fail(f"{name} line {i}: {col} {v} outside {'(' if lo_open else '['}{lo},{hi}]")

    unis = unique("universities.csv", "university_id")
    majors = unique("majors.csv", "major_id")
    courses = unique("courses.csv", "course_id")
    plans = unique("plans.csv", "plan_id")
    skills = unique("skills.csv", "skill_id")
    occs = unique("occupations.csv", "occupation_id")
    emps = unique("employers.csv", "employer_id")
    demands = unique("demands.csv", "demand_id")
    for name in ("plan_courses.csv", "prerequisites.csv", "course_skills.csv", "occupation_skills.csv",
                 "demand_skills.csv", "outcomes.csv"):
        cols = FILES[name][:2]
        unique_pair(name, *cols)
    course_codes = [(r["university_id"], r["code"]) for r in data["courses.csv"]]
    if len(course_codes) != len(set(course_codes)):
        fail("courses.csv: duplicate (university_id, code)")
    major_codes = [(r["university_id"], r["code"]) for r in data["majors.csv"]]
    if len(major_codes) != len(set(major_codes)):
        fail("majors.csv: duplicate (university_id, code)")
    plan_keys = [(r["major_id"], r["cohort_year"], r["version"]) for r in data["plans.csv"]]
    if len(plan_keys) != len(set(plan_keys)):
        fail("plans.csv: duplicate (major_id, cohort_year, version)")

    refs("majors.csv", "university_id", unis)
    refs("courses.csv", "university_id", unis)
    refs("plans.csv", "major_id", majors)
    refs("plan_courses.csv", "plan_id", plans)
    refs("plan_courses.csv", "course_id", courses)
    refs("prerequisites.csv", "course_id", courses)
    refs("prerequisites.csv", "prerequisite_id", courses)
    refs("skills.csv", "parent_id", skills, optional=True)
    refs("course_skills.csv", "course_id", courses)
    refs("course_skills.csv", "skill_id", skills)
    refs("occupation_skills.csv", "occupation_id", occs)
    refs("occupation_skills.csv", "skill_id", skills)
    refs("demands.csv", "employer_id", emps)
    refs("demands.csv", "occupation_id", occs, optional=True)
    refs("demand_skills.csv", "demand_id", demands)
    refs("demand_skills.csv", "skill_id", skills)
    refs("outcomes.csv", "major_id", majors)

    num("courses.csv", "credits", 1, 4)
    num("courses.csv", "hours", 1, 200, int, optional=True)
    num("plans.csv", "cohort_year", 2000, 2030, int)
    num("plan_courses.csv", "semester", 1, 8, int)
    num("plan_courses.csv", "required", 0, 1, int)
    num("course_skills.csv", "weight", 0, 1, lo_open=True)
    num("demand_skills.csv", "importance", 0, 1, lo_open=True)
    num("demands.csv", "headcount", 1, 50, int)
    num("outcomes.csv", "year", 2023, 2025, int)
    num("outcomes.csv", "graduates", 40, 300, int)
    num("outcomes.csv", "placed", 0, 300, int)
    for i, r in enumerate(data["outcomes.csv"], start=2):
        if int(r["placed"]) > int(r["graduates"]):
            fail(f"outcomes.csv line {i}: placed > graduates")
    for i, r in enumerate(data["occupation_skills.csv"], start=2):
        if r["relation"] not in ("essential", "optional"):
            fail(f"occupation_skills.csv line {i}: relation {r['relation']!r}")
    for i, r in enumerate(data["demands.csv"], start=2):
        try:
            d = datetime.date.fromisoformat(r["posted_on"])
        except ValueError:
            fail(f"demands.csv line {i}: posted_on {r['posted_on']!r}")
            continue
        if not DEMAND_START <= d <= DEMAND_END:
            fail(f"demands.csv line {i}: posted_on {d} outside the three years")
    for i, r in enumerate(data["skills.csv"], start=2):
        if "|" in r["label"] or any(a.strip() != a or not a for a in r["alt_labels"].split("|") if r["alt_labels"]):
            fail(f"skills.csv line {i}: bad label or alt_labels")

    # Skill hierarchy must be a forest.
    parent = {r["skill_id"]: r["parent_id"] for r in data["skills.csv"]}
    for s in parent:
        seen, cur = set(), s
        while cur:
            if cur in seen:
                fail(f"skills.csv: parent cycle through {s}")
                break
            seen.add(cur)
            cur = parent.get(cur, "")

    # Prerequisites: acyclic, same university, earlier semester in every plan that has both.
    course_uni = {r["course_id"]: r["university_id"] for r in data["courses.csv"]}
    graph = defaultdict(list)
    for r in data["prerequisites.csv"]:
        graph[r["course_id"]].append(r["prerequisite_id"])
        if course_uni.get(r["course_id"]) != course_uni.get(r["prerequisite_id"]):
            fail(f"prerequisite crosses universities: {r}")
    state = {}

    def visit(c, path):
        state[c] = 1
        for p in graph[c]:
            if state.get(p) == 1:
                fail("prerequisite cycle: " + " -> ".join(path + [c, p]))
            elif p not in state:
                visit(p, path + [c])
        state[c] = 2

    for c in list(graph):
        if c not in state:
            visit(c, [])

    # Plans: 40-60 courses, courses of the major's university, prerequisites present and earlier.
    major_uni = {r["major_id"]: r["university_id"] for r in data["majors.csv"]}
    plan_major = {r["plan_id"]: r["major_id"] for r in data["plans.csv"]}
    content = defaultdict(dict)
    for r in data["plan_courses.csv"]:
        content[r["plan_id"]][r["course_id"]] = (int(r["semester"]), r["required"] == "1")
        if course_uni.get(r["course_id"]) != major_uni.get(plan_major.get(r["plan_id"])):
            fail(f"plan {r['plan_id']} uses {r['course_id']} of another university")
    for pid in plans:
        c = content[pid]
        if not 40 <= len(c) <= 60:
            fail(f"plan {pid} has {len(c)} courses, not 40-60")
        share = sum(1 for s, req in c.values() if req) / max(1, len(c))
        if not 0.68 <= share <= 0.82:
            fail(f"plan {pid}: required share {share:.2f} far from 75%")
        for cid, (sem, _req) in c.items():
            for p in graph[cid]:
                if p not in c:
                    fail(f"plan {pid}: {cid} needs {p}, which the plan lacks")
                elif c[p][0] >= sem:
                    fail(f"plan {pid}: {p} (semester {c[p][0]}) is not before {cid} (semester {sem})")
    for m in majors:
        if not any(plan_major[p] == m for p in plans):
            fail(f"major {m} has no plan")
        if sum(1 for r in data["outcomes.csv"] if r["major_id"] == m) != 3:
            fail(f"major {m} lacks three outcome years")

    # Every file is valid UTF-8 (read above) and the whole bundle stays small.
    total = sum(os.path.getsize(os.path.join(out, n)) for n in FILES)
    if total > 1_000_000:
        fail(f"bundle is {total} bytes, over 1 MB")
    if problems:
        raise CheckFailed("\n".join(problems))
    return {n: len(rows) for n, rows in data.items()}, total


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=DEFAULT_OUT, help="output folder (default: importers/demo/bundle)")
    args = ap.parse_args()
    rng = random.Random(SEED)
    templates, order = parse_course_templates()
    skills = parse_skills()
    known = {s["skill_id"] for s in skills}
    for t in templates.values():
        for p in t["prereqs"]:
            if p not in templates:
                raise SystemExit(f"course template {t['key']}: unknown prerequisite {p}")
            if templates[p]["semester"] >= t["semester"]:
                raise SystemExit(f"course template {t['key']}: prerequisite {p} is not in an earlier semester")
    for code, spec in MAJORS.items():
        for k in spec[3] + spec[4] + [k for ch in spec[5].values() for part in ch for k in part]:
            if k not in templates:
                raise SystemExit(f"major {code}: unknown course template {k}")

    academic = build_academic(rng, templates, order)
    universities, majors, plans, plan_courses, courses, prerequisites, course_skills = academic
    occupations, occupation_skills, employers, demands, demand_skills = build_labour(rng)
    outcomes = build_outcomes(rng, majors)
    for rows, col in ((course_skills, "skill_id"), (occupation_skills, "skill_id"), (demand_skills, "skill_id")):
        for r in rows:
            if r[col] not in known:
                raise SystemExit(f"unknown skill {r[col]} in generator tables")

    os.makedirs(args.out, exist_ok=True)
    tables = {
        "universities.csv": universities, "majors.csv": majors, "courses.csv": courses, "plans.csv": plans,
        "plan_courses.csv": plan_courses, "prerequisites.csv": prerequisites, "skills.csv": skills,
        "course_skills.csv": course_skills, "occupations.csv": occupations,
        "occupation_skills.csv": occupation_skills, "employers.csv": employers, "demands.csv": demands,
        "demand_skills.csv": demand_skills, "outcomes.csv": outcomes,
    }
    for name, header in FILES.items():
        write_csv(os.path.join(args.out, name), header, tables[name])
    try:
        counts, total = check_bundle(args.out)
    except CheckFailed as e:
        print(f"demo bundle check FAILED in {args.out}:\n{e}", file=sys.stderr)
        return 1
    for name in FILES:
        print(f"{name:24} {counts[name]:6d} rows")
    print(f"{'total':24} {total:6d} bytes in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

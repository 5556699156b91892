import Testing
import TaizhangModel
@testable import TaizhangAlign

/// One hand-made pair per phenomenon issue 12 lists: what real documents do to the tasks they
/// answer, and what the aligner must make of it.
@Suite struct PhenomenaTests {
    let aligner = Aligner()
    let filler = HandMade.filler

    @Test func verbatimCopiesLinkOneToOneAsSame() {
        let a = HandMade.document("县.docx", filler)
        let b = HandMade.document("镇.docx", issuer: "南旺镇人民政府", filler, format: "plan")
        let result = aligner.align(a, b)
        #expect(result.links.map(\.b) == Array(1...filler.count))
        #expect(result.links.allSatisfy { $0.a == [$0.b] && $0.relation == .same && $0.score >= 0.9 })
        #expect(result.unlinkedB.isEmpty)
        #expect(result.uncovered?.isEmpty == true)
    }

    @Test func aTrimmedCopyIsStillTheSameDuty() {
        // Numbers, named projects and firms dropped, 县 written as 镇: align.md keeps it `same`.
        let county = HandMade.task("实施县城污水处理提质增效行动，完成城北、城南2座污水处理厂改造，推进鲁西南环保科技园项目建设，"
            + "建成县级污水处理监管平台。年内新增污水管网30公里。", title: "（八）打好污染防治攻坚战")
        let town = HandMade.task("实施镇驻地污水处理提质增效行动，完成污水处理厂改造，建成镇级污水处理监管平台。",
                                 title: "（八）打好污染防治攻坚战")
        let a = HandMade.document("县.docx", filler.prefix(4) + [county] + filler.suffix(4))
        let b = HandMade.document("镇.docx", issuer: "南旺镇人民政府", filler.prefix(4) + [town] + filler.suffix(4), format: "plan")
        let result = aligner.align(a, b)
        #expect(result.linked(from: 5) == [5])
        #expect(result.relation(of: 5) == .same)
    }

    @Test func aMergedItemLinksEveryTaskItCarriesAndSkipsTheOneItLeftOut() {
        let title = "（九）进一步加强培训考核"
        let training = HandMade.task("完善政务公开培训工作，分级分类做好培训组织。", title: title)
        let assessment = HandMade.task("建立健全政务公开考核制度，继续开展第三方评估和专项评议。", title: title)
        let praise = HandMade.task("强化激励问责，对政务公开工作推动有力、贡献突出的单位和个人予以表扬。", title: title)
        let criticism = HandMade.task("对工作落实不到位、考核长期落后的单位，公开通报批评，督促工作整改提升。", title: title)
        let merged = HandMade.task("完善政务公开培训工作，分级分类做好培训组织。强化激励问责，对政务公开工作推动有力、贡献突出的单位和个人"
            + "予以表扬。对工作落实不到位、考核长期落后的单位，公开通报批评，督促工作整改提升。", title: title)
        let a = HandMade.document("县.docx", filler.prefix(4) + [training, assessment, praise, criticism] + filler.suffix(4))
        let b = HandMade.document("镇.docx", issuer: "南旺镇人民政府", filler.prefix(4) + [merged] + filler.suffix(4), format: "plan")
        let result = aligner.align(a, b)
        #expect(result.linked(from: 5) == [5, 7, 8])
        #expect(result.relation(of: 5) == .same)
        // The skipped task applies to every town through 各乡镇（街道）, so the town left it uncovered.
        #expect(result.uncovered?.map(\.seq) == [6])
        #expect(result.linked(from: 6) == [9])
    }

    @Test func aCellThatJoinsTwoTopicsAnswersBothInPart() {
        let title = "（七）主动公开重点任务落实情况"
        let farmland = HandMade.task("深入落实藏粮于地、藏粮于技战略，新建高标准农田，确保粮食产量。推广优质高产新品种，提高粮食单产水平。",
                                     title: title)
        let cooperatives = HandMade.task("实施新型农业经营主体提升行动，评选表扬带动群众致富的农民专业合作社、家庭农场。"
            + "积极建设区域性农业全产业链综合服务中心。", title: title)
        let joined = HandMade.task("深入落实藏粮于地、藏粮于技战略，新建高标准农田；实施新型农业经营主体提升行动，"
            + "培育农民专业合作社和家庭农场。", title: title)
        let a = HandMade.document("县.docx", filler.prefix(4) + [farmland, cooperatives] + filler.suffix(4))
        let b = HandMade.document("区.docx", issuer: "济宁经济技术开发区党政办公室", filler.prefix(4) + [joined] + filler.suffix(4))
        let result = aligner.align(a, b)
        #expect(result.linked(from: 5) == [5, 6])
        #expect(result.relation(of: 5) == .part)
    }

    @Test func aSiblingThatDropsAClauseAnswersInPartAndOneThatDropsAQualifierInFull() {
        // align.md: a missing `；` clause or sentence makes `part`; a dropped qualifier does not.
        let assessment = HandMade.task("建立健全政务公开考核制度；继续开展第三方评估和专项评议。", title: "（九）进一步加强培训考核")
        let shorter = HandMade.task("建立健全政务公开考核制度。", title: "（九）进一步加强培训考核")
        let river = HandMade.task("多形式发布落实黄河流域生态保护和高质量发展的进展、成效。", title: "（一）立足实施重大战略推进政务公开")
        let qualifierDropped = HandMade.task("多形式发布落实生态保护和高质量发展的进展、成效。", title: "（一）立足实施重大战略推进政务公开")
        let gazette = HandMade.task("健全法定主动公开内容专栏的日常检查、维护和更新机制。鼓励有条件的乡镇政府积极探索创办政府公报。",
                                    title: "（六）加强政务公开平台建设")
        let columnOnly = HandMade.task("健全法定主动公开内容专栏的日常检查、维护和更新机制。", title: "（六）加强政务公开平台建设")
        let a = HandMade.document("梁山.docx", issuer: "梁山县人民政府办公室", [river] + filler.prefix(6) + [gazette, assessment])
        let b = HandMade.document("经开区.docx", issuer: "济宁经济技术开发区党政办公室", [qualifierDropped] + filler.prefix(6) + [columnOnly, shorter])
        let result = aligner.align(a, b)
        #expect(result.links.map(\.a) == (1...9).map { [$0] })
        #expect(result.relation(of: 1) == .same)
        #expect(result.relation(of: 8) == .part)
        #expect(result.relation(of: 9) == .part)
        #expect(result.links.filter { $0.relation == .same }.count == 7)
    }

    @Test func workReportItemsThatShareOnlyATopicAndAMeasureLinkInsideTheirGap() {
        // Both tables copy the notice around their 政府工作报告 section and fill that section with
        // their own words; each pair of cells shares a topic and one concrete measure.
        let report = "（七）主动公开2021年重点任务公开承诺事项的工作进展"
        let countyItems = [
            "落实藏粮于地、藏粮于技战略，新建高标准农田7.3万亩，推广优质高产新品种，确保粮食安全。调整种养业结构，新建一村一品示范村30个。",
            "深入开展交通违法行为专项整治，对城区2.6万个公共停车位进行规范化管理，新建公共立体停车场，缓解群众停车难题。",
            "做好高校毕业生、返乡农民工、退役军人、就业困难人员等重点群体的就业工作，新增城镇就业2600人以上。严厉打击恶意欠薪行为。",
        ].map { HandMade.task($0, title: report) }
        let districtItems = [
            "提升粮食和重要农产品供给保障能力。深入推进优质粮食工程，新建高标准农田，确保粮食产量。",
            "坚决打好治堵攻坚战。改造提升道路，完成重点拥堵片区治理，打通断头路，新建公共停车场。",
            "实现更高质量就业。做好重点群体就业，实现就业困难人员就业，确保零就业家庭动态清零。",
        ].map { HandMade.task($0, title: report) }
        let a = HandMade.document("梁山.docx", issuer: "梁山县人民政府办公室", filler.prefix(4) + countyItems + filler.suffix(4))
        let b = HandMade.document("经开区.docx", issuer: "济宁经济技术开发区党政办公室",
                                  filler.prefix(4) + districtItems + filler.suffix(4))
        let result = aligner.align(a, b)
        #expect([5, 6, 7].map(result.linked(from:)) == [[5], [6], [7]])
        #expect([5, 6, 7].map(result.relation(of:)) == [.part, .part, .part])
    }

    @Test func aTopicAloneDoesNotLinkAcrossLayers() {
        // The same item, but the district put it under a notice heading with nothing around it
        // in order: sharing 高标准农田 and 粮食 with a 政府工作报告 cell is not enough on its own.
        let report = HandMade.task("落实藏粮于地、藏粮于技战略，新建高标准农田7.3万亩，推广优质高产新品种，确保粮食安全。",
                                   title: "（七）主动公开2021年重点任务公开承诺事项的工作进展")
        let notice = HandMade.task("加大粮食生产者补贴政策公开力度，及时公开高标准农田建设项目信息。", title: "（二）着眼畅通经济循环推进政务公开")
        let a = HandMade.document("梁山.docx", issuer: "梁山县人民政府办公室", filler + [report])
        let b = HandMade.document("经开区.docx", issuer: "济宁经济技术开发区党政办公室", [notice] + filler.shuffledByRotation)
        let result = aligner.align(a, b)
        #expect(result.linked(from: 1).isEmpty)
        #expect(result.unlinkedB == [1])
    }

    @Test func aLaterYearSplitsOneTaskMergesTwoAndAddsNewOnes() {
        let title = "（十五）提高依申请公开工作质量"
        let handling = HandMade.task("推进依申请公开标准化规范化建设，健全登记、审核、办理、答复、归档等工作制度。完善申请办理会商机制，"
            + "加强部门协作研究，防范法律风险。完善依申请公开定期分析机制，梳理群众关注的热点难点，积极推动向主动公开转化。", title: title)
        let publicity = HandMade.task("加强政务公开宣传，营造良好的公开氛围。", title: "（十八）进一步健全工作协调机制")
        let training = HandMade.task("完善政务公开培训工作，分级分类做好培训组织。", title: "（十九）进一步加强培训考核")
        let later = [
            HandMade.task("规范做好依申请公开全流程办理，在登记、审核、办理、答复、送达、归档等各环节明确具体责任。", title: "（二）依法规范依申请公开办理工作"),
            HandMade.task("定期组织依申请公开联合会商，加强部门协作，研究疑难复杂申请件的办理，防范法律风险。", title: "（二）依法规范依申请公开办理工作"),
            HandMade.task("健全依申请公开定期分析机制，推动申请较为集中领域的政府信息转化为主动公开。", title: "（二）依法规范依申请公开办理工作"),
            HandMade.task("加强政务公开宣传和业务培训，分级分类做好培训组织，营造良好的公开氛围。", title: "（十二）健全工作机制"),
            HandMade.task("探索利用人工智能技术，开发智能问答、精确查找、办事咨询等政策服务场景。", title: "（六）积极推进政务公开数字化转型"),
            HandMade.task("规范招投标信息公开，加大招标计划、招标公告、中标结果等信息公开力度。", title: "（十一）以高质量公开强化监督管理"),
        ]
        let a = HandMade.document("2021.docx", filler.prefix(5) + [handling, publicity, training])
        let b = HandMade.document("2025.docx", later + filler.suffix(3))
        let result = aligner.align(a, b)
        #expect([1, 2, 3].map(result.linked(from:)) == [[6], [6], [6]])
        #expect(result.linked(from: 4) == [7, 8])
        #expect(result.unlinkedB == [5, 6, 7, 8, 9], "\(result.links)")
    }

    @Test func aPlaceNameInTheTextIsATrap() {
        // The county's task names 南旺港 but gives it to 县交通运输局: it does not apply to 南旺镇,
        // and the town's item on its own culture is not an answer to it for sharing the name.
        let port = HandMade.task("加快南旺港作业区建设，推进天梓物流园、智慧冷链物流园建设。", title: "（七）主动公开重点任务落实情况",
                                 lead: ["县交通运输局"], responsible: ["县商务局"])
        let portForTheTown = HandMade.task("加快南旺港作业区配套道路建设，推进港口物流园区招商。", title: "（七）主动公开重点任务落实情况",
                                           lead: ["县交通运输局"], responsible: ["南旺镇人民政府"])
        let otherTown = HandMade.task("加快康驿镇汶南产城融合发展示范区详规编制，强化项目招引。", title: "（七）主动公开重点任务落实情况",
                                      lead: ["县发展和改革局"], responsible: ["康驿镇人民政府"])
        let departments = HandMade.task("做好人大代表和政协委员建议提案办理情况信息公开工作。", title: "（十）积极回应社会关切",
                                        lead: ["县政府办公室"], responsible: ["县政府各部门、单位"])
        let someTowns = HandMade.task("开展城区交通秩序整治，优化公交线路，合理配置停车位。", title: "（七）主动公开重点任务落实情况",
                                      lead: ["县公安局"], responsible: ["有关乡镇（街道）人民政府（办事处）"])
        let culture = HandMade.task("打造南旺枢纽文化品牌，加强南旺镇运河文化宣传。", title: "（七）主动公开重点任务落实情况",
                                    lead: ["文化站"], responsible: [])
        let tasksA: [HandMade.Task] = Array(filler.prefix(4)) + [port, portForTheTown, otherTown, departments, someTowns]
        let a = HandMade.document("汶上.docx", tasksA)
        let b = HandMade.document("南旺.docx", issuer: "南旺镇人民政府", filler.prefix(4) + [culture], format: "plan")
        let result = aligner.align(a, b)
        #expect(result.b.unit == "南旺镇")
        #expect(result.linked(from: 5).isEmpty)
        #expect(result.uncovered == [.init(seq: 6, via: "南旺镇人民政府"), .init(seq: 9, via: "有关乡镇（街道）人民政府（办事处）")])
    }
}

extension Array where Element == HandMade.Task {
    /// The same tasks in another order, so that order supports nothing.
    var shuffledByRotation: [HandMade.Task] {
        let half = count / 2
        return Array(self[half...]) + Array(self[..<half])
    }
}

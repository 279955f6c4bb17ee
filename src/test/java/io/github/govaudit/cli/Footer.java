package io.github.govaudit.cli;

import java.util.HashMap;
import java.util.Map;

/** The marks a fixture site prints in its shared footer ({@code cli/footer.html}). */
record Footer(String sponsor, String operator, String contact, String siteCode, String icp, String policeCode,
        String conacPath) {

    /** 桂江市人民政府门户网站. */
    static final Footer PORTAL = new Footer("桂江市人民政府办公室", "桂江市大数据发展局",
            "地址：桂江市青秀路18号&nbsp;&nbsp;邮编：530100&nbsp;&nbsp;联系电话：0771-5551234&nbsp;&nbsp;电子邮箱：gjszfb@gj.gov.cn",
            "4501990001", "桂ICP备12003456号-1", "45019902000123", "60412345/CA203310000604123450001.js");

    /** 桂江市交通运输局. */
    static final Footer BUREAU = new Footer("桂江市交通运输局", "桂江市交通运输局信息中心",
            "地址：桂江市滨江路102号&nbsp;&nbsp;邮编：530022&nbsp;&nbsp;联系电话：0771-5553366",
            "4501990023", "桂ICP备12003456号-7", "45019902000311", "60418877/CA203310000604188770001.js");

    /** These footer slots together with a page's own slots. */
    Map<String, String> with(Map<String, String> pageSlots) {
        Map<String, String> slots = new HashMap<>(pageSlots);
        slots.put("sponsor", sponsor);
        slots.put("operator", operator);
        slots.put("contact", contact);
        slots.put("siteCode", siteCode);
        slots.put("icp", icp);
        slots.put("policeCode", policeCode);
        slots.put("conacPath", conacPath);
        return slots;
    }
}

package io.github.govaudit.bench;

/**
 * Gives generated pages the weight of real ones (about 9 KB more): the inline style sheet and
 * scripts (accessibility toolbar, font size, visit statistics) real templates carry in the head,
 * and the 友情链接 drop-downs above the footer. Nothing in it is a link, a date or a list.
 */
final class PageWeight {

    private static final String HEAD = """
            <meta name="viewport" content="width=device-width, initial-scale=1.0">
            <style type="text/css">
            *{margin:0;padding:0;box-sizing:border-box}body{font:14px/1.8 "Microsoft YaHei","SimSun",Arial;color:#333;background:#f5f5f5}
            a{color:#333;text-decoration:none}a:hover{color:#c00;text-decoration:underline}ul,li{list-style:none}img{border:0}
            .w1200{width:1200px;margin:0 auto}.topbar{height:36px;line-height:36px;background:#f0f0f0;border-bottom:1px solid #ddd;font-size:12px}
            .topbar .welcome{float:left}.topbar a{margin:0 6px}.header{height:140px;background:#fff url(/images/banner.jpg) no-repeat center}
            .header .logo{float:left;margin-top:30px}.header .search{float:right;margin-top:52px}.header .search input{width:240px;height:32px;border:1px solid #ccc;padding:0 8px}
            .header .search button{width:64px;height:32px;background:#b50000;color:#fff;border:0;cursor:pointer}
            .nav{height:46px;background:#b50000}.nav ul li{float:left;height:46px;line-height:46px}.nav ul li a{display:block;padding:0 26px;color:#fff;font-size:16px}
            .nav ul li a:hover,.nav ul li.on a{background:#8c0000;text-decoration:none}.main{margin-top:16px;background:#fff;padding:20px;overflow:hidden}
            .side{float:left;width:240px}.side-title{height:48px;line-height:48px;background:#b50000;color:#fff;font-size:18px;text-align:center}
            .side-menu li{height:42px;line-height:42px;border-bottom:1px dashed #ddd;padding-left:24px}.side-menu li.on a{color:#b50000;font-weight:bold}
            .content{float:right;width:910px}.position{height:40px;line-height:40px;border-bottom:2px solid #b50000;font-size:13px;color:#666}
            .list li,.list-table td{height:38px;line-height:38px;border-bottom:1px dashed #e5e5e5;overflow:hidden}.list li span,.list li em{float:right;color:#999;font-style:normal}
            .pagination,.page{text-align:center;margin:24px 0;font-size:13px}.pagination a,.page a{display:inline-block;padding:0 10px;border:1px solid #ddd;margin:0 2px}
            .article-title,.bt-title{font-size:24px;text-align:center;color:#b50000;margin:20px 0}.article-info,.bt-info{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #eee;padding-bottom:10px}
            .TRS_Editor p,#zoom p{text-indent:2em;margin:12px 0;font-size:16px;line-height:2}.xxgk-table{border-collapse:collapse;margin:10px 0 20px}
            .xxgk-table td{border:1px solid #c7d6e6;padding:6px 10px;font-size:13px}.xxgk-table .label{background:#eef4fa;width:110px;text-align:right}
            .footer{margin-top:20px;background:#8c0000;color:#f5dcdc;padding:24px 0;text-align:center;font-size:13px;line-height:2}.footer a{color:#fff}
            .yqlj{background:#fff;padding:14px 20px;margin-top:16px}.yqlj select{width:260px;height:30px;margin-right:16px;border:1px solid #ccc}
            .zt a{display:inline-block;margin:6px}.zt img{width:282px;height:86px}.block{width:49%;float:left;margin-bottom:16px}
            .block-title{height:40px;line-height:40px;border-bottom:2px solid #b50000}.block-title h3{float:left;font-size:18px;color:#b50000}.block-title .more{float:right;font-size:12px;color:#999}
            </style>
            <script type="text/javascript">
            (function(){
              function pad(n){return n<10?'0'+n:''+n;}
              var week=['日','一','二','三','四','五','六'];
              window.showToday=function(id){var el=document.getElementById(id);if(!el){return;}var d=new Date();
                el.innerHTML='今天是：'+d.getFullYear()+'年'+pad(d.getMonth()+1)+'月'+pad(d.getDate())+'日 星期'+week[d.getDay()];};
              window.doZoom=function(size){var box=document.getElementById('zoom')||document.querySelector('.TRS_Editor');
                if(!box){return;}var ps=box.getElementsByTagName('p');for(var i=0;i<ps.length;i++){ps[i].style.fontSize=size+'px';}};
              window.AddFavorite=function(url,title){try{window.external.addFavorite(url,title);}catch(e){
                try{window.sidebar.addPanel(title,url,'');}catch(e2){alert('加入收藏失败，请使用Ctrl+D进行添加');}}};
              window.zh_tran=function(kind){var cookieName='zh_choose';document.cookie=cookieName+'='+kind+';path=/';
                if(window.StranBody){window.StranBody(document.body);}};
              var accessible={enabled:false,step:2,min:12,max:28,
                toggle:function(){this.enabled=!this.enabled;document.documentElement.className=this.enabled?'wza':'';},
                bigger:function(){var s=parseInt(document.body.style.fontSize||'14',10);if(s+this.step<=this.max){document.body.style.fontSize=(s+this.step)+'px';}},
                smaller:function(){var s=parseInt(document.body.style.fontSize||'14',10);if(s-this.step>=this.min){document.body.style.fontSize=(s-this.step)+'px';}}};
              window.accessibleToolbar=accessible;
              var elder=document.getElementById('elder');if(elder){elder.onclick=function(){document.body.className+=' elder-mode';return false;};}
              var stat={site:'gov-site',ref:document.referrer,res:screen.width+'x'+screen.height,lang:navigator.language||'',
                send:function(){if(navigator.sendBeacon){navigator.sendBeacon('https://stat.gxzf.gov.cn/collect',
                  JSON.stringify({s:this.site,r:this.ref,res:this.res,l:this.lang,t:+new Date()}));}}};
              if(window.addEventListener){window.addEventListener('load',function(){showToday('today');stat.send();},false);}
              else if(window.attachEvent){window.attachEvent('onload',function(){showToday('today');stat.send();});}
            })();
            </script>
            """;

    private static final String LINKS = "<div class=\"yqlj w1200\"><span>友情链接：</span>\n"
            + select("国家部委网站", "http://www.gov.cn/|中国政府网", "http://www.forestry.gov.cn/|国家林业和草原局",
                    "http://www.mwr.gov.cn/|水利部", "http://www.mee.gov.cn/|生态环境部", "http://www.mnr.gov.cn/|自然资源部",
                    "http://www.moa.gov.cn/|农业农村部", "http://www.ndrc.gov.cn/|国家发展和改革委员会", "http://www.mof.gov.cn/|财政部",
                    "http://www.mem.gov.cn/|应急管理部")
            + select("省区市政府网站", "http://www.beijing.gov.cn/|北京市人民政府", "http://www.gd.gov.cn/|广东省人民政府",
                    "http://www.yn.gov.cn/|云南省人民政府", "http://www.guizhou.gov.cn/|贵州省人民政府", "http://www.hunan.gov.cn/|湖南省人民政府",
                    "http://www.hainan.gov.cn/|海南省人民政府", "http://www.sc.gov.cn/|四川省人民政府", "http://www.jiangxi.gov.cn/|江西省人民政府")
            + select("区直部门网站", "http://www.gxzf.gov.cn/|广西壮族自治区人民政府", "http://fgw.gxzf.gov.cn/|自治区发展和改革委员会",
                    "http://czt.gxzf.gov.cn/|自治区财政厅", "http://zrzyt.gxzf.gov.cn/|自治区自然资源厅", "http://sthjt.gxzf.gov.cn/|自治区生态环境厅",
                    "http://nynct.gxzf.gov.cn/|自治区农业农村厅", "http://yjglt.gxzf.gov.cn/|自治区应急管理厅", "http://tjj.gxzf.gov.cn/|自治区统计局")
            + select("市级政府网站", "http://www.nanning.gov.cn/|南宁市人民政府", "http://www.liuzhou.gov.cn/|柳州市人民政府",
                    "http://www.guilin.gov.cn/|桂林市人民政府", "http://www.wuzhou.gov.cn/|梧州市人民政府", "http://www.beihai.gov.cn/|北海市人民政府",
                    "http://www.fcgs.gov.cn/|防城港市人民政府", "http://www.qinzhou.gov.cn/|钦州市人民政府", "http://www.gxgg.gov.cn/|贵港市人民政府",
                    "http://www.yulin.gov.cn/|玉林市人民政府", "http://www.baise.gov.cn/|百色市人民政府", "http://www.gxhz.gov.cn/|贺州市人民政府",
                    "http://www.hechi.gov.cn/|河池市人民政府", "http://www.laibin.gov.cn/|来宾市人民政府", "http://www.chongzuo.gov.cn/|崇左市人民政府")
            + "</div>\n";

    private PageWeight() {
    }

    /** The page with the head assets before {@code </head>} and the link drop-downs before its footer. */
    static String add(String html) {
        int head = html.indexOf("</head>");
        String withHead = head < 0 ? html : html.substring(0, head) + HEAD + html.substring(head);
        int footer = withHead.lastIndexOf("<div class=\"footer\"");
        if (footer < 0) {
            footer = withHead.lastIndexOf("</body>");
        }
        return footer < 0 ? withHead : withHead.substring(0, footer) + LINKS + withHead.substring(footer);
    }

    private static String select(String label, String... options) {
        StringBuilder html = new StringBuilder("<select onchange=\"if(this.value){window.open(this.value);}\">")
                .append("<option value=\"\">").append(label).append("</option>");
        for (String option : options) {
            String[] parts = option.split("\\|");
            html.append("<option value=\"").append(parts[0]).append("\">").append(parts[1]).append("</option>");
        }
        return html.append("</select>\n").toString();
    }
}

/** Filing marks printed on a page: 网站标识码, ICP备案号, 公安机关备案号, 主办/承办单位, the 党政机关 badge. */
package io.github.govaudit.marks;

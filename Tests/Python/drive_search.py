"""Drives the site's search page (/recherche/) in headless Chromium as a reader would: for each query, with an
empty cache, opens the page, types the words, waits for the status line, then presses the down arrow. Prints JSON:
per query the status line, the results (title, link, kind, marked words, snippet), where the focus went, and the
bytes the page downloaded for the search (the script and the index files, as served, uncompressed).

usage: drive_search.py SITE_DIR QUERY [QUERY…]
"""
import json
import sys
import time

from chromium import browser, serve
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait


RESULTS = """
return Array.prototype.map.call(document.querySelectorAll('#recherche-resultats .search-result'), function (li) {
  var link = li.querySelector('.search-result__title a');
  return {title: link.textContent, url: link.getAttribute('href'),
          kind: li.querySelector('.search-result__kind').textContent,
          snippet: li.querySelector('.search-result__snippet').textContent,
          marks: Array.prototype.map.call(li.querySelectorAll('mark'), function (m) { return m.textContent; })};
});
"""

BYTES = """
var out = {script: 0, index: 0, files: []};
performance.getEntriesByType('resource').forEach(function (entry) {
  var size = entry.encodedBodySize || entry.transferSize || 0;
  if (/recherche\\.[0-9a-f]+\\.js/.test(entry.name)) out.script += size;
  else if (/\\/recherche\\/index\\//.test(entry.name)) { out.index += size; out.files.push(entry.name.replace(/^.*\\/recherche\\/index\\//, '')); }
});
return out;
"""


def main(site, queries):
    server, base = serve(site)
    driver = browser()
    wait = WebDriverWait(driver, 30)
    answers = []
    try:
        for query in queries:
            driver.execute_cdp_cmd("Network.clearBrowserCache", {})
            driver.get(base + "/recherche/")
            field = driver.find_element(By.ID, "recherche-q")
            wait.until(lambda _: field.is_displayed())
            started = time.monotonic()
            field.send_keys(query)
            status = driver.find_element(By.ID, "recherche-annonce")
            wait.until(lambda _: status.text.strip() != "" and ("résultat" in status.text or "Saisissez" in status.text or "pas pu" in status.text))
            # The results follow the status line once their files are loaded.
            wait.until(lambda _: "Aucun" in status.text or "Saisissez" in status.text
                       or len(driver.find_elements(By.CSS_SELECTOR, "#recherche-resultats .search-result")) > 0)
            seconds = time.monotonic() - started
            results = driver.execute_script(RESULTS)
            downloaded = driver.execute_script(BYTES)
            field.send_keys(Keys.ARROW_DOWN)
            focused = driver.execute_script("var a = document.activeElement; return a ? (a.getAttribute('href') || a.id) : null;")
            # textContent, not .text: WebDriver turns no-break spaces into plain ones.
            answers.append({"query": query, "status": status.get_attribute("textContent"), "role": status.get_attribute("role"), "results": results,
                            "bytes": downloaded, "focusAfterDown": focused, "seconds": round(seconds, 3),
                            "address": driver.current_url[len(base):]})
    finally:
        driver.quit()
        server.shutdown()
    print(json.dumps(answers, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])

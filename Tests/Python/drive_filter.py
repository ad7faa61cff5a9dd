"""Drives the aid guide's filter form in headless Chromium (Selenium with Debian's chromium and chromedriver),
as a reader would: chooses two criteria, goes back, opens the shared address. Prints what the page showed at each
step as JSON: the address, the results heading, the status line and the card titles.

usage: drive_filter.py SITE_DIR TYPE STATUS
"""
import json
import sys

from chromium import browser, serve
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait


def main(site: str, type_value: str, status_value: str) -> None:
    server, base = serve(site)
    driver = browser()
    wait = WebDriverWait(driver, 15)
    try:
        def snapshot():
            return {
                "address": driver.current_url[len(base):],
                "heading": driver.find_element(By.ID, "resultats").text,
                "status": driver.find_element(By.ID, "filtre-annonce").text,
                "titles": [element.text for element in driver.find_elements(By.CSS_SELECTOR, "#cartes .card__title")],
                "paginationShown": any(element.is_displayed() for element in driver.find_elements(By.CSS_SELECTOR, ".pagination")),
            }

        def changed(previous):
            wait.until(lambda _: snapshot()["heading"] != previous["heading"] or snapshot()["address"] != previous["address"])
            return snapshot()

        driver.get(base + "/aides/")
        wait.until(lambda d: d.find_element(By.ID, "filtre").is_displayed())
        initial = snapshot()
        Select(driver.find_element(By.ID, "filtre-type")).select_by_value(type_value)
        one = changed(initial)
        Select(driver.find_element(By.ID, "filtre-statut")).select_by_value(status_value)
        two = changed(one)
        driver.back()
        back = changed(two)
        driver.get(base + two["address"])
        wait.until(lambda d: d.find_element(By.ID, "filtre").is_displayed() and d.find_element(By.ID, "filtre-annonce").text)
        shared = snapshot()
        shared["selected"] = {name: Select(driver.find_element(By.ID, f"filtre-{name}")).first_selected_option.get_attribute("value")
                              for name in ("type", "statut")}
        print(json.dumps({"initial": initial, "one": one, "two": two, "back": back, "shared": shared}, ensure_ascii=False))
    finally:
        driver.quit()
        server.shutdown()


if __name__ == "__main__":
    main(*sys.argv[1:4])
